package org.tillit.commands.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.model.Project;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * What the database holds: a second, read-only store on a project that is open for work, loaded
 * from the database when it is opened. Its model is a separate set of objects, so objects of the
 * working model are looked up in it by guid.
 */
final class Persisted implements AutoCloseable {

    private final ProjectStore store;
    private final Map<String, Identified> byGuid;

    Persisted(ProjectLocation location) throws ProjectStoreException {
        store = new H2ProjectStoreFactory().openReadOnly(location);
        byGuid = store.read(Persisted::index);
    }

    private static Map<String, Identified> index(Project project) {
        Map<String, Identified> index = new HashMap<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified identified) {
                index.put(identified.getGuid(), identified);
            }
        });
        return index;
    }

    /** Everything the database holds, comparable with {@link ProjectSnapshot#of(ProjectStore)} of the working store. */
    List<String> snapshot() throws ProjectStoreException {
        return ProjectSnapshot.of(store);
    }

    Project project() {
        return store.project();
    }

    /** The stored object with the guid of this object of the working model, if the database holds it. */
    <T extends Identified> Optional<T> find(T object) {
        Identified stored = byGuid.get(object.getGuid());
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) object.getClass();
        return type.isInstance(stored) ? Optional.of(type.cast(stored)) : Optional.empty();
    }

    boolean holds(Identified object) {
        return find(object).isPresent();
    }

    /** The stored counterpart of the object; fails the test when the database does not hold it. */
    <T extends Identified> T get(T object) {
        return find(object).orElseThrow(() -> new AssertionError(
                "the database holds no " + object.eClass().getName() + " " + object.getGuid()));
    }

    /** Every stored object of the type (codes, codings, documents, attribute values, ...). */
    <T extends EObject> List<T> all(Class<T> type) {
        return store.read(project -> {
            List<T> found = new ArrayList<>();
            project.eAllContents().forEachRemaining(o -> {
                if (type.isInstance(o)) {
                    found.add(type.cast(o));
                }
            });
            return found;
        });
    }

    List<Coding> codingsOf(Code code) {
        return store.codingsOf(get(code));
    }

    List<Case> casesOf(Document document) {
        return store.casesOf(get(document));
    }

    /** The stored value of the attribute on a document or case of the working model. */
    Optional<String> attribute(Identified owner, AttributeDefinition definition) {
        return store.attribute(get(owner), get(definition));
    }

    @Override
    public void close() {
        store.close();
    }
}
