package ch.mailbench.core.model;

/** A TCP port, 1 to 65535. */
public record Port(int number) implements Comparable<Port> {

    public Port {
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("Port must be between 1 and 65535");
        }
    }

    public static Port of(int number) {
        return new Port(number);
    }

    /** Parses what a user typed; the message names the problem, never a NumberFormatException. */
    public static Port parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The port is empty");
        }
        String trimmed = text.strip();
        if (!trimmed.chars().allMatch(Character::isDigit) || trimmed.length() > 6) {
            throw new IllegalArgumentException("Port must be a whole number between 1 and 65535");
        }
        return new Port(Integer.parseInt(trimmed));
    }

    @Override
    public String toString() {
        return Integer.toString(number);
    }

    @Override
    public int compareTo(Port other) {
        return Integer.compare(number, other.number);
    }
}
