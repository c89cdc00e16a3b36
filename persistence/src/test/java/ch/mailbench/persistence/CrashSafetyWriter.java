package ch.mailbench.persistence;

import ch.mailbench.core.csv.CsvImporter;
import ch.mailbench.core.csv.CsvReader;
import ch.mailbench.core.csv.ImportReport;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.Vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The victim of {@link CrashSafetyTest}: imports batch after batch of mailboxes into the database
 * given as argument, each batch one CSV import (one transaction), and says on stdout when a batch
 * begins and when it has committed. Runs until killed.
 */
public final class CrashSafetyWriter {

    static final int MAILBOXES_PER_BATCH = 100;

    private CrashSafetyWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        JooqStore store = new JooqStore(Database.open(file, Clock.systemUTC()));
        CsvImporter importer = new CsvImporter(store, new Vault(store, Clock.systemUTC(), new SecureRandom(), 1_000), SheetLanguage.EN);
        for (long batch = store.repositories().customers().count(); ; batch++) {
            System.out.println("begin " + batch);
            System.out.flush();
            ImportReport report = importer.importRows(new CsvReader().read(csv(batch)), false, ProgressMonitor.silent());
            if (!report.written() || report.mailboxesCreated() != MAILBOXES_PER_BATCH) {
                throw new IllegalStateException("batch " + batch + " was not imported: " + report.summaryLines());
            }
            System.out.println("committed " + batch);
            System.out.flush();
        }
    }

    /** Batch {@code n}: one customer with one domain and its mailboxes, each with its own server settings. */
    static byte[] csv(long batch) {
        StringBuilder csv = new StringBuilder("customer,email,display_name,incoming_host,incoming_port,smtp_host,notes\n");
        for (int i = 0; i < MAILBOXES_PER_BATCH; i++) {
            csv.append("Customer ").append(batch).append(",user").append(i).append("@batch").append(batch).append(".ch,User ")
                    .append(i).append(",imap").append(i % 7).append(".example.ch,").append(993 - i % 2 * 850)
                    .append(",smtp.example.ch,\"written by batch ").append(batch).append("\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
