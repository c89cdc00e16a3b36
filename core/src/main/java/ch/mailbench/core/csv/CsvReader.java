package ch.mailbench.core.csv;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a mailbox CSV file: UTF-8 with or without BOM, comma or semicolon separated
 * (whichever the header line uses), columns by header name in any order. Every problem is
 * collected with its line and column; nothing stops at the first one.
 */
public final class CsvReader {

    private static final char BOM = '\uFEFF';
    /** No name, address or host comes near this; it keeps a pasted document out of the database and out of messages. */
    public static final int MAX_CELL_CHARACTERS = 1_000;
    public static final int MAX_NOTES_CHARACTERS = 10_000;
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    /** Reads {@code bytes}; a file that is not UTF-8 at all is one problem on line 1. */
    public ImportFile read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new ImportFile(List.of(), List.of(new CsvProblem(1, "", "the file is not UTF-8 text"
                    + " (in Excel: Save As \u2192 \"CSV UTF-8\")")), List.of(), ',');
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return read(parser, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            return new ImportFile(List.of(), List.of(brokenQuote(e)), List.of(), delimiter);
        }
    }

    /** Commons CSV reports a quote that is never closed this way, naming the line where the cell starts. */
    private static CsvProblem brokenQuote(UncheckedIOException e) {
        String message = String.valueOf(e.getCause().getMessage());
        Matcher start = START_LINE.matcher(message);
        if (start.find() && message.contains("EOF reached before encapsulated token finished")) {
            return new CsvProblem(Long.parseLong(start.group(1)), "",
                    "a quoted cell starts on this line but its closing quote (\") is missing");
        }
        return new CsvProblem(1, "", "the file is not valid CSV: " + message);
    }

    private ImportFile read(CSVParser parser, char delimiter) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            return new ImportFile(List.of(), List.of(new CsvProblem(1, "", "the file is empty; it needs a header line such as "
                    + "customer,email")), List.of(), delimiter);
        }
        CSVRecord header = records.next();
        long headerLine = startLine(header, parser);
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        List<String> warnings = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        for (int index = 0; index < header.size(); index++) {
            String cell = header.get(index);
            Optional<CsvColumn> column = CsvColumn.ofHeader(cell);
            if (column.isEmpty()) {
                if (!cell.isBlank()) {
                    warnings.add("Unknown column \"" + cell.strip() + "\" (column " + (index + 1) + ") is ignored");
                }
            } else if (columns.putIfAbsent(column.get(), index) != null) {
                problems.add(new CsvProblem(headerLine, column.get().header(), "the column appears twice in the header"));
            }
        }
        for (CsvColumn required : new CsvColumn[] {CsvColumn.CUSTOMER, CsvColumn.EMAIL}) {
            if (!columns.containsKey(required)) {
                problems.add(new CsvProblem(headerLine, required.header(), "the header has no \"" + required.header() + "\" column"));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportFile(List.of(), problems, warnings, delimiter);
        }
        List<ImportRow> rows = new ArrayList<>();
        Map<EmailAddress, Long> seen = new HashMap<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = startLine(record, parser);
            if (record.size() == 1 && header.size() > 1 && record.get(0).indexOf(delimiter == ',' ? ';' : ',') >= 0) {
                problems.add(new CsvProblem(line, "", delimiter == ','
                        ? "the line is separated by semicolons (;) but the header line by commas (,)"
                        : "the line is separated by commas (,) but the header line by semicolons (;)"));
                continue;
            }
            warnAboutExtraCells(record, line, header.size(), warnings);
            RowReader row = new RowReader(record, line, columns, problems);
            row.read().ifPresent(valid -> {
                Long earlier = seen.putIfAbsent(valid.email(), valid.line());
                if (earlier != null) {
                    problems.add(new CsvProblem(valid.line(), CsvColumn.EMAIL.header(),
                            valid.email() + " is already on line " + earlier));
                } else {
                    rows.add(valid);
                }
            });
        }
        problems.sort(null);
        return new ImportFile(rows, problems, warnings, delimiter);
    }

    private static void warnAboutExtraCells(CSVRecord record, long line, int headerSize, List<String> warnings) {
        long extra = 0;
        for (int index = headerSize; index < record.size(); index++) {
            extra += record.get(index).isBlank() ? 0 : 1;
        }
        if (extra > 0) {
            warnings.add(String.format(Locale.ROOT, "Line %d has %,d cells but the header only %d columns: the other %,d cells are ignored",
                    line, record.size(), headerSize, record.size() - headerSize));
        }
    }

    /** The parser counts line ends read so far; a quoted cell spanning lines moves the record's start up. */
    private static long startLine(CSVRecord record, CSVParser parser) {
        long breaksInside = 0;
        for (String value : record) {
            breaksInside += value.chars().filter(c -> c == '\n').count();
        }
        return parser.getCurrentLineNumber() - breaksInside;
    }

    /** The header line decides: Excel in French or German locales writes semicolons. */
    private static char delimiterOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads one record, adding a problem per bad cell. */
    private static final class RowReader {

        private final CSVRecord record;
        private final long line;
        private final Map<CsvColumn, Integer> columns;
        private final List<CsvProblem> problems;
        private boolean valid = true;

        RowReader(CSVRecord record, long line, Map<CsvColumn, Integer> columns, List<CsvProblem> problems) {
            this.record = record;
            this.line = line;
            this.columns = columns;
            this.problems = problems;
        }

        Optional<ImportRow> read() {
            for (CsvColumn column : columns.keySet()) {
                int limit = column == CsvColumn.NOTES ? MAX_NOTES_CHARACTERS : MAX_CELL_CHARACTERS;
                int length = cellRaw(column).map(String::length).orElse(0);
                if (length > limit) {
                    problem(column, String.format(Locale.ROOT, "the cell has %,d characters; at most %,d are allowed", length, limit));
                }
            }
            if (!valid) {
                return Optional.empty();
            }
            String customer = cell(CsvColumn.CUSTOMER).orElse("");
            if (customer.isEmpty()) {
                problem(CsvColumn.CUSTOMER, "the customer is empty");
            }
            Optional<String> emailCell = cell(CsvColumn.EMAIL);
            if (emailCell.isEmpty()) {
                problem(CsvColumn.EMAIL, "the email address is empty");
            }
            EmailAddress email = emailCell.map(text -> parse(CsvColumn.EMAIL, () -> EmailAddress.parse(text))).orElse(null);
            Optional<String> domainCell = cell(CsvColumn.DOMAIN);
            DomainName domain = domainCell.isPresent() ? parse(CsvColumn.DOMAIN, () -> DomainName.of(domainCell.get()))
                    : email == null ? null : email.domain();
            if (domainCell.isPresent() && domain != null && email != null && !domain.equals(email.domain())) {
                problem(CsvColumn.DOMAIN, domain.unicode() + " is not the domain of " + email.unicode() + " (" + email.domain().unicode() + ")");
            }
            Optional<ServerSettings> settings = settings();
            Optional<String> displayName = present(CsvColumn.DISPLAY_NAME);
            Optional<String> notes = present(CsvColumn.NOTES);
            Optional<String> password = cellRaw(CsvColumn.PASSWORD).filter(text -> !text.isEmpty());
            Optional<SheetLanguage> language = cell(CsvColumn.SHEET_LANGUAGE)
                    .map(text -> parse(CsvColumn.SHEET_LANGUAGE, () -> SheetLanguage.fromCode(text)));
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new ImportRow(line, customer, domain, email, displayName, settings, password, notes, language));
        }

        private Optional<ServerSettings> settings() {
            boolean given = columns.keySet().stream().filter(CsvColumn::isServerSetting).anyMatch(column -> cell(column).isPresent());
            if (!given) {
                return Optional.empty();
            }
            MailboxType type = cell(CsvColumn.TYPE).map(text -> parse(CsvColumn.TYPE, () -> type(text))).orElse(MailboxType.IMAP);
            if (type == MailboxType.EXCHANGE) {
                return exchange(format());
            }
            boolean pop = type == MailboxType.POP3;
            Optional<Endpoint> incoming = endpoint(CsvColumn.INCOMING_HOST, CsvColumn.INCOMING_PORT, CsvColumn.INCOMING_SECURITY,
                    pop ? 995 : 993, pop ? 110 : 143, pop ? 110 : 143);
            Optional<Endpoint> outgoing = endpoint(CsvColumn.SMTP_HOST, CsvColumn.SMTP_PORT, CsvColumn.SMTP_SECURITY, 465, 587, 25);
            UsernameFormat format = format();
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new ServerSettings(type, incoming, outgoing, true, format));
        }

        private UsernameFormat format() {
            return cell(CsvColumn.USERNAME_FORMAT)
                    .map(text -> parse(CsvColumn.USERNAME_FORMAT, () -> UsernameFormat.fromStorageForm(text)))
                    .orElse(UsernameFormat.FULL_ADDRESS);
        }

        /**
         * An Exchange mailbox is only its server's name (see {@link ServerSettings}): an SMTP server or
         * an IMAP port in the row would be dropped without a word, so they are refused instead.
         */
        private Optional<ServerSettings> exchange(UsernameFormat format) {
            for (CsvColumn smtp : List.of(CsvColumn.SMTP_HOST, CsvColumn.SMTP_PORT, CsvColumn.SMTP_SECURITY)) {
                cell(smtp).ifPresent(value -> problem(smtp, "an Exchange mailbox has no SMTP server (mail is sent through"
                        + " the Exchange account); leave " + smtp.header() + " empty or choose the type IMAP"));
            }
            cell(CsvColumn.INCOMING_PORT).filter(port -> !port.strip().equals(Integer.toString(ServerSettings.EXCHANGE_PORT.number())))
                    .ifPresent(port -> problem(CsvColumn.INCOMING_PORT, "an Exchange server has no port to set (devices reach it"
                            + " over HTTPS); leave " + CsvColumn.INCOMING_PORT.header() + " empty"));
            cell(CsvColumn.INCOMING_SECURITY).filter(security -> !security.strip().toUpperCase(Locale.ROOT).matches("SSL|TLS|SSL_TLS|SSL/TLS"))
                    .ifPresent(security -> problem(CsvColumn.INCOMING_SECURITY, "an Exchange server is always reached over"
                            + " HTTPS; leave " + CsvColumn.INCOMING_SECURITY.header() + " empty"));
            Optional<HostName> host = cell(CsvColumn.INCOMING_HOST).map(text -> parse(CsvColumn.INCOMING_HOST, () -> HostName.of(text)));
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new ServerSettings(MailboxType.EXCHANGE,
                    host.map(name -> new Endpoint(name, ServerSettings.EXCHANGE_PORT, Security.SSL_TLS)), Optional.empty(), false, format));
        }

        /** Security defaults to SSL/TLS and the port to the usual one for that security when only the host is given. */
        private Optional<Endpoint> endpoint(CsvColumn hostColumn, CsvColumn portColumn, CsvColumn securityColumn,
                                            int implicitTlsPort, int startTlsPort, int plainPort) {
            Optional<String> host = cell(hostColumn);
            Optional<String> port = cell(portColumn);
            Optional<String> security = cell(securityColumn);
            if (host.isEmpty()) {
                port.ifPresent(p -> problem(portColumn, "a port is given but " + hostColumn.header() + " is empty"));
                security.ifPresent(s -> problem(securityColumn, "a security is given but " + hostColumn.header() + " is empty"));
                return Optional.empty();
            }
            // A cell that does not parse adds its problem and makes the row invalid; the values below then go unused.
            HostName hostName = parse(hostColumn, () -> HostName.of(host.get()));
            Security securityValue = security.map(text -> parse(securityColumn, () -> security(text))).orElse(Security.SSL_TLS);
            Port portValue = port.map(text -> parse(portColumn, () -> Port.parse(text))).orElseGet(() -> Port.of(switch (securityValue) {
                case SSL_TLS -> implicitTlsPort;
                case STARTTLS -> startTlsPort;
                case NONE -> plainPort;
            }));
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new Endpoint(hostName, portValue, securityValue));
        }

        private static MailboxType type(String text) {
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "IMAP" -> MailboxType.IMAP;
                case "POP3", "POP" -> MailboxType.POP3;
                case "EXCHANGE", "MAPI" -> MailboxType.EXCHANGE;
                default -> throw new IllegalArgumentException("\"" + text.strip() + "\" is not a mailbox type (IMAP, POP3 or EXCHANGE)");
            };
        }

        private static Security security(String text) {
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "SSL", "TLS", "SSL_TLS", "SSL/TLS" -> Security.SSL_TLS;
                case "STARTTLS" -> Security.STARTTLS;
                case "NONE" -> Security.NONE;
                default -> throw new IllegalArgumentException("\"" + text.strip() + "\" is not a security (SSL/TLS, STARTTLS or NONE)");
            };
        }

        private <T> T parse(CsvColumn column, Supplier<T> parser) {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        private void problem(CsvColumn column, String reason) {
            valid = false;
            problems.add(new CsvProblem(line, column.header(), reason));
        }

        /** The trimmed cell, empty when the column is missing or the cell blank. */
        private Optional<String> cell(CsvColumn column) {
            return cellRaw(column).map(String::strip).filter(text -> !text.isEmpty());
        }

        /** The cell as written (passwords may start or end with a space). */
        private Optional<String> cellRaw(CsvColumn column) {
            Integer index = columns.get(column);
            if (index == null) {
                return Optional.empty();
            }
            return Optional.of(index < record.size() ? CsvFormulas.restore(record.get(index)) : "");
        }

        /** Present (possibly "") when the file has the column: an empty cell clears the field. */
        private Optional<String> present(CsvColumn column) {
            return cellRaw(column).map(String::strip);
        }
    }
}
