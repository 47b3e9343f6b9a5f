package org.tillit.ui.export;

/** A view whose result can be exported (File > Export…); null while it shows nothing to export. */
public interface Exportable {

    ExportSource exportSource();
}
