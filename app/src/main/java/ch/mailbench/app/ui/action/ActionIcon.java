package ch.mailbench.app.ui.action;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.icons.FlatAbstractIcon;

import javax.swing.Icon;
import javax.swing.UIManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The toolbar's 16-pixel icons, drawn with Java 2D as FlatLaf draws its own: sharp at every scale, in the
 * theme's colours ({@code Actions.Grey} and {@code Actions.Green}, grey when disabled), and without an SVG
 * reader, whose XML parser and some 300 classes would otherwise sit on the console's start path.
 */
public final class ActionIcon extends FlatAbstractIcon implements FlatLaf.DisabledIconProvider {

    /** What the icon shows: a thing, and the green plus of "new". */
    public enum Shape {
        NEW_CUSTOMER, NEW_DOMAIN, NEW_MAILBOX
    }

    private final Shape shape;
    private final boolean disabled;

    public ActionIcon(Shape shape) {
        this(shape, false);
    }

    private ActionIcon(Shape shape, boolean disabled) {
        super(16, 16, null);
        this.shape = shape;
        this.disabled = disabled;
    }

    @Override
    public Icon getDisabledIcon() {
        return new ActionIcon(shape, true);
    }

    @Override
    protected void paintIcon(Component c, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(colour("Actions.Grey"));
        g.setStroke(new BasicStroke(1.2f));
        switch (shape) {
            case NEW_CUSTOMER -> {
                g.draw(new Ellipse2D.Float(3.5f, 2f, 5f, 5f));
                Path2D.Float body = new Path2D.Float();
                body.moveTo(1.5f, 13.5f);
                body.curveTo(1.5f, 10.7f, 3.5f, 9f, 6f, 9f);
                body.curveTo(8.5f, 9f, 10.5f, 10.7f, 10.5f, 13.5f);
                body.closePath();
                g.draw(body);
                plus(g, 12.5f, 10f);
            }
            case NEW_DOMAIN -> {
                g.draw(new Ellipse2D.Float(1.5f, 2f, 10f, 10f));
                g.setStroke(new BasicStroke(1f));
                g.draw(new Ellipse2D.Float(4.5f, 2f, 4f, 10f));
                g.draw(new Line2D.Float(1.5f, 7f, 11.5f, 7f));
                plus(g, 12.5f, 12f);
            }
            case NEW_MAILBOX -> {
                g.draw(new RoundRectangle2D.Float(1f, 3f, 11f, 8f, 2f, 2f));
                Path2D.Float flap = new Path2D.Float();
                flap.moveTo(1.5f, 3.5f);
                flap.lineTo(6.5f, 7.5f);
                flap.lineTo(11.5f, 3.5f);
                g.draw(flap);
                plus(g, 12.5f, 12f);
            }
        }
    }

    /** The green plus, centred on ({@code x}, {@code y}), 6 pixels wide. */
    private void plus(Graphics2D g, float x, float y) {
        g.setColor(colour("Actions.Green"));
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Float(x, y - 3, x, y + 3));
        g.draw(new Line2D.Float(x - 3, y, x + 3, y));
    }

    private Color colour(String key) {
        Color colour = UIManager.getColor(disabled ? "Label.disabledForeground" : key);
        return colour != null ? colour : Color.GRAY;
    }
}
