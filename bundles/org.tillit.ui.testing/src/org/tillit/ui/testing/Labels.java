package org.tillit.ui.testing;

/** Widget texts as a user reads them: without mnemonic ampersands and accelerator suffixes. */
final class Labels {

    private Labels() {
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        int tab = text.indexOf('\t');
        String visible = tab < 0 ? text : text.substring(0, tab);
        return visible.replaceAll("&(?!&)", "").replace("&&", "&").strip();
    }
}
