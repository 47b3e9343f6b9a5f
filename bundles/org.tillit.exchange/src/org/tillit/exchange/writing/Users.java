package org.tillit.exchange.writing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.tillit.model.Coder;

/** The project's coders as REFI-QDA users, and the GUID each coding names its coder by. */
final class Users {

    private final Map<Coder, String> guids = new LinkedHashMap<>();

    Users(List<Coder> coders) {
        for (Coder coder : coders) {
            // A coder without a guid is known by name: the same name gives the same user in every export.
            guids.put(coder, coder.getGuid() == null ? Guids.derived("user", coder.getName()) : Guids.of(coder, "user"));
        }
    }

    /** The coder's GUID; null for no coder (the attribute is then left out). */
    String guid(Coder coder) {
        return coder == null ? null : guids.get(coder);
    }

    void write(XmlOut out) throws XMLStreamException {
        if (guids.isEmpty()) {
            return;
        }
        out.start("Users");
        for (Map.Entry<Coder, String> user : guids.entrySet()) {
            out.empty("User");
            out.attribute("guid", user.getValue());
            out.attribute("name", user.getKey().getName());
        }
        out.end();
    }
}
