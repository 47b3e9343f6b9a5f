package org.tillit.exchange.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.h2.Driver;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.AttributeChanges;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/**
 * A project with nothing optional: no code sets (removed from the database, as no command can),
 * no attributes, no memos; TBSL's codes, one document and one coding of it.
 */
final class BareProject {

    static final String TEXT = "Ett kort svar 🙂 utan memo.";

    private BareProject() {
    }

    static ProjectStore open(Path folder, Path temp) throws Exception {
        new H2ProjectStoreFactory().open(folder).close();
        sql(folder, "DELETE FROM code_set");
        ProjectStore store = new H2ProjectStoreFactory().open(folder);
        store.changeAttributes(new AttributeChanges(List.of(), List.of(),
                List.copyOf(store.read(p -> List.copyOf(p.getAttributeDefinitions())))));
        Path file = Files.writeString(temp.resolve("svar.txt"), TEXT);
        Document document = store.addDocument(new NewDocument("svar.txt", file, "text/plain", "9".repeat(64), TEXT, Map.of()));
        Code code = store.read(p -> p.getCodebook().getCodes().get(0).getChildren().get(0));
        Coding coding = TestCodings.coding(code, 0, 3);
        coding.setCoder(store.currentCoder());
        store.insertCoding(coding, document);
        return store;
    }

    /** Changes a closed project's database directly, for what no store method changes. */
    static void sql(Path folder, String update) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", "tillit");
        login.setProperty("password", "");
        try (Connection db = Driver.load().connect("jdbc:h2:file:" + folder.resolve("tillit") + ";IFEXISTS=TRUE", login);
                Statement statement = db.createStatement()) {
            statement.executeUpdate(update);
        }
    }
}
