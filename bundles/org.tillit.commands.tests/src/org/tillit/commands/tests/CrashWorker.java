package org.tillit.commands.tests;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * The child JVM of {@link CrashSafetyTest}, plain Java without OSGi: opens the project and changes
 * it through commands until it is killed. Before each command it prints what it is about to do
 * ({@code BEGIN ...}); after the command returned, and so had committed, it prints {@code DONE}.
 *
 * <p>Arguments: project folder, round (makes labels unique across rounds), random seed. Lines on
 * standard output, each flushed: {@code READY} once the project is open, then per change
 * {@code BEGIN CODING <coding> <code> <start> <end>}, {@code BEGIN RENAME <code> <label>} or
 * {@code BEGIN ADD <code> <parent> <label>}, and {@code DONE} when it has committed.
 */
public final class CrashWorker {

    static final String READY = "READY";
    static final String BEGIN = "BEGIN";
    static final String DONE = "DONE";
    static final String CODING = "CODING";
    static final String RENAME = "RENAME";
    static final String ADD = "ADD";

    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

        ProjectStore store = new H2ProjectStoreFactory().openExisting(folder);
        ProjectCommandStack stack = new ProjectCommandStack();
        Document document = store.documents().get(0);
        int length = document.getLength();
        say(out, READY);
        for (int i = 0;; i++) {
            List<Code> codes = new ArrayList<>();
            store.codebook().eAllContents().forEachRemaining(o -> {
                if (o instanceof Code code) {
                    codes.add(code);
                }
            });
            int dice = random.nextInt(100);
            Command command;
            String begin;
            if (dice < 20) {
                Code code = codes.get(random.nextInt(codes.size()));
                String label = "crash-" + round + "-" + i;
                command = ChangeCodeCommand.rename(store, code, label, label + "-en");
                begin = RENAME + " " + code.getGuid() + " " + label;
            } else if (dice < 25) {
                List<Code> groups = store.codebook().getCodes();
                Code parent = groups.get(random.nextInt(groups.size()));
                String label = "ny-" + round + "-" + i;
                AddCodeCommand add = new AddCodeCommand(store, parent, random.nextInt(parent.getChildren().size() + 1),
                        label, label + "-en", "#336699");
                command = add;
                begin = ADD + " " + add.code().getGuid() + " " + parent.getGuid() + " " + label;
            } else {
                List<Code> codable = codes.stream().filter(Code::isCodable).toList();
                Code code = codable.get(random.nextInt(codable.size()));
                int start = random.nextInt(length);
                int end = start + 1 + random.nextInt(length - start);
                // A coder of its own: applying a code joins that coder's overlapping codings of the
                // code, and the ledger counts on every acknowledged coding staying as it was made.
                store.useCoder(new CoderIdentity("crash-" + round + "-" + i));
                ApplyCodeCommand apply = new ApplyCodeCommand(store, document, code, start, end);
                command = apply;
                begin = CODING + " " + apply.coding().getGuid() + " " + code.getGuid() + " " + start + " " + end;
            }
            say(out, BEGIN + " " + begin);
            stack.execute(command);
            say(out, DONE);
        }
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
