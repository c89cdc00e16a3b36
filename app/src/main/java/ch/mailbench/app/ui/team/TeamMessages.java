package ch.mailbench.app.ui.team;

import ch.mailbench.app.ui.Messages;

import java.util.Locale;

/** The text of File → Connect to a team database…, in French, German or English. */
public final class TeamMessages extends Messages {

    public TeamMessages(Locale locale) {
        super("ch.mailbench.app.ui.team.TeamMessages", locale);
    }
}
