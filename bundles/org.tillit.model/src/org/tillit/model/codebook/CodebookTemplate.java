package org.tillit.model.codebook;

import java.util.List;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.Codebook;

/** A codebook with the attribute definitions that come with it, ready to seed a new project. */
public record CodebookTemplate(Codebook codebook, List<AttributeDefinition> attributes) {
}
