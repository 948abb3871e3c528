package dev.leadline.api.imports;

/** How the file is read: charset, delimiter, quote character. */
public record ImportFormatView(String encoding, String delimiter, String quote) {
}
