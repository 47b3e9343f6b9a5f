package org.tillit.exchange.writing;

import javax.xml.stream.XMLStreamException;

import org.tillit.model.Project;
import org.tillit.store.ProjectStore;

/** Writes XML while reading the model under the store's lock ({@link ProjectStore#read}), which takes no checked exceptions. */
final class Locked {

    @FunctionalInterface
    interface Reading<T> {
        T read(Project project) throws XMLStreamException;
    }

    private Locked() {
    }

    static <T> T read(ProjectStore store, Reading<T> reading) throws XMLStreamException {
        XMLStreamException[] failure = new XMLStreamException[1];
        T result = store.read(project -> {
            try {
                return reading.read(project);
            } catch (XMLStreamException e) {
                failure[0] = e;
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result;
    }
}
