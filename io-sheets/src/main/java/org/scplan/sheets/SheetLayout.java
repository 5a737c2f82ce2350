package org.scplan.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/**
 * What a sheet shows a reader beyond its cells' text: which rows and columns are hidden, and which
 * cells are merged. A hidden row's figures are read and count in the table's totals although a
 * reader of the sheet does not see them; a merged cell is read at its first cell, the others as
 * blank. Both are said, as notes, so that nothing is read silently. Not API.
 */
record SheetLayout(SortedSet<Integer> hiddenRows, SortedSet<Integer> hiddenColumns, List<String> merges) {
  static final SheetLayout NONE = new SheetLayout(new TreeSet<>(), new TreeSet<>(), List.of());

  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** The layout of every sheet of an .xlsx workbook, by the sheet's name. */
  static Map<String, SheetLayout> ofXlsx(ZipFile zip, long maxPart) throws IOException, XMLStreamException {
    Map<String, String> partById = new HashMap<>();
    read(zip, "xl/_rels/workbook.xml.rels", maxPart, xml -> {
      if (xml.getLocalName().equals("Relationship")) {
        String target = xml.getAttributeValue(null, "Target");
        if (target != null) {
          partById.put(xml.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
      }
    });
    Map<String, String> partByName = new HashMap<>();
    read(zip, "xl/workbook.xml", maxPart, xml -> {
      if (xml.getLocalName().equals("sheet")) {
        String part = partById.get(xml.getAttributeValue(REL, "id"));
        if (part != null) {
          partByName.put(xml.getAttributeValue(null, "name"), part);
        }
      }
    });
    Map<String, SheetLayout> layouts = new HashMap<>();
    for (Map.Entry<String, String> sheet : partByName.entrySet()) {
      SortedSet<Integer> rows = new TreeSet<>();
      SortedSet<Integer> columns = new TreeSet<>();
      List<String> merges = new ArrayList<>();
      LayoutScan.OnElement on = (local, attributes) -> {
        if (local.equals("row") && isTrue(attributes.get("hidden"))) {
          number(attributes.get("r")).filter(r -> r >= 1).ifPresent(rows::add);
        } else if (local.equals("col") && isTrue(attributes.get("hidden"))) {
          int min = number(attributes.get("min")).orElse(0);
          int max = Math.min(number(attributes.get("max")).orElse(min), min + WorkbookReader.MAX_COLUMNS);
          for (int c = Math.max(1, min); c <= max && c <= WorkbookReader.MAX_COLUMNS; c++) {
            columns.add(c);
          }
        } else if (local.equals("mergeCell") && attributes.get("ref") != null && merges.size() < 1000) {
          merges.add(attributes.get("ref"));
        } else if (local.equals("c")) {
          checkColumn(sheet.getKey(), attributes.get("r"));
        }
      };
      scan(zip, sheet.getValue(), maxPart, on);
      layouts.put(sheet.getKey(), new SheetLayout(rows, columns, List.copyOf(merges)));
    }
    return layouts;
  }

  /**
   * Refuses a cell beyond the columns a table may have, before fastexcel-reader streams the sheet:
   * it grows each row to the cell's column, and for a reference such as {@code ARRRRRRRRRRR2} that
   * never ends.
   */
  private static void checkColumn(String sheet, String reference) {
    if (reference == null) {
      return;
    }
    long column = 0;
    for (int i = 0; i < reference.length() && !Character.isDigit(reference.charAt(i)); i++) {
      column = column * 26 + (reference.charAt(i) - 'A' + 1);
      if (column > WorkbookReader.MAX_COLUMNS) {
        throw new XlsxSheets.TooLarge("Sheet " + sheet + " has a cell " + (reference.length() > 20 ? reference.substring(0, 20) + "…"
            : reference) + " beyond the " + WorkbookReader.MAX_COLUMNS + " columns a table may have");
      }
    }
  }

  /**
   * Scans a sheet's part for its layout ({@link LayoutScan}), or reads it with the XML parser when it
   * is not UTF-8.
   */
  private static void scan(ZipFile zip, String part, long maxPart, LayoutScan.OnElement on)
      throws IOException, XMLStreamException {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      return;
    }
    byte[] head;
    try (InputStream in = zip.getInputStream(entry)) {
      head = in.readNBytes(2);
    }
    if (LayoutScan.isUtf16(head)) {
      read(zip, part, maxPart, xml -> {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        on.element(xml.getLocalName(), attributes);
      });
      return;
    }
    try (InputStream in = WorkbookReader.bounded(zip.getInputStream(entry), part, maxPart)) {
      LayoutScan.scan(in, on);
    }
  }

  private interface OnStart {
    void element(XMLStreamReader xml);
  }

  private static void read(ZipFile zip, String part, long maxPart, OnStart onStart)
      throws IOException, XMLStreamException {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      return;
    }
    // Aalto, as fastexcel-reader streams the cells with: the JDK's parser took longer than fastexcel's whole reading.
    XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try (InputStream in = WorkbookReader.bounded(zip.getInputStream(entry), part, maxPart)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            onStart.element(xml);
          }
        }
      } finally {
        xml.close();
      }
    }
  }

  private static boolean isTrue(String attribute) {
    return "1".equals(attribute) || "true".equalsIgnoreCase(attribute);
  }

  private static java.util.Optional<Integer> number(String attribute) {
    try {
      return attribute == null ? java.util.Optional.empty() : java.util.Optional.of(Integer.parseInt(attribute.strip()));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /** The notes that say what the layout hides or merges, for a sheet whose cells are as printed. */
  ValidationReport notes(String source, SheetCells sheet) {
    List<Finding> notes = new ArrayList<>();
    String name = sheet.printed().name();
    Location file = Location.document().inFile(source);
    SortedSet<Integer> rowsWithCells = new TreeSet<>();
    for (int r : hiddenRows) {
      if (r <= sheet.printed().rowCount() && sheet.printed().rows().get(r - 1).stream().anyMatch(t -> !t.isBlank())) {
        rowsWithCells.add(r);
      }
    }
    if (!rowsWithCells.isEmpty()) {
      int first = rowsWithCells.first();
      boolean one = rowsWithCells.size() == 1;
      notes.add(Finding.of(SheetRules.ROWS_HIDDEN, Severity.INFO, at(file, sheet, first, 1), "Sheet " + name + " hides "
          + (one ? "row " : "rows ") + ranges(rowsWithCells) + ": a reader of the sheet does not see "
          + (one ? "it, but its cells are read and its figures count" : "them, but their cells are read and their"
              + " figures count") + " in the table's totals"));
    }
    SortedSet<Integer> columnsWithCells = new TreeSet<>();
    for (int c : hiddenColumns) {
      for (int r = 1; r <= sheet.printed().rowCount(); r++) {
        if (!sheet.printed().text(r, c).isBlank()) {
          columnsWithCells.add(c);
          break;
        }
      }
    }
    if (!columnsWithCells.isEmpty()) {
      boolean one = columnsWithCells.size() == 1;
      notes.add(Finding.of(SheetRules.COLUMNS_HIDDEN, Severity.INFO, file, "Sheet " + name + " hides "
          + (one ? "column " : "columns ") + letters(columnsWithCells) + ": a reader of the sheet does not see "
          + (one ? "it, but its cells are read" : "them, but their cells are read")));
    }
    if (!merges.isEmpty()) {
      notes.add(Finding.of(SheetRules.CELLS_MERGED, Severity.INFO, file, "Sheet " + name + " merges "
          + (merges.size() == 1 ? "cells " : "the cells of " + merges.size() + " ranges: ") + String.join(", ",
              merges.subList(0, Math.min(10, merges.size()))) + (merges.size() > 10 ? ", …" : "")
          + "; a merged range is read at its first cell, the rest of it as blank"));
    }
    return ValidationReport.of(notes);
  }

  private static Location at(Location file, SheetCells sheet, int row, int column) {
    return file.atCell(new Location.Cell(sheet.printed().reference(row, column), row, column, null), row, column);
  }

  private static String ranges(SortedSet<Integer> numbers) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer last = null;
    for (int n : numbers) {
      if (start != null && n == last + 1) {
        last = n;
        continue;
      }
      if (start != null) {
        parts.add(start.equals(last) ? "" + start : start + " to " + last);
      }
      start = n;
      last = n;
    }
    parts.add(start.equals(last) ? "" + start : start + " to " + last);
    return String.join(", ", parts.subList(0, Math.min(20, parts.size()))) + (parts.size() > 20 ? ", …" : "");
  }

  private static String letters(SortedSet<Integer> columns) {
    List<String> parts = new ArrayList<>();
    for (int c : columns) {
      parts.add(Formulas.letters(c));
    }
    return String.join(", ", parts.subList(0, Math.min(20, parts.size()))) + (parts.size() > 20 ? ", …" : "");
  }
}
