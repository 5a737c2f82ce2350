package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * The layout scan of an .xlsx sheet ({@link LayoutScan}) finds what the XML parser finds of a
 * sheet's layout: its rows, columns, merges and cell references, past comments, CDATA, quoted
 * {@code >}, prefixes and a document type declaration, and it expands no entity.
 */
class LayoutScanTest {
  private static List<String> scan(String xml) throws IOException, XMLStreamException {
    List<String> found = new ArrayList<>();
    LayoutScan.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        (local, attributes) -> found.add(local + new TreeMap<>(attributes)));
    return found;
  }

  @Test
  void findsTheLayoutsElementsAndTheirAttributes() throws IOException, XMLStreamException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"x\"><cols><col min=\"2\" max=\"3\""
        + " hidden=\"1\"/></cols><sheetData><row r=\"1\" hidden='true'><c r=\"A1\" t=\"s\"><v>0</v></c>"
        + "<c r=\"B1\"><f>A1&gt;0</f><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>"
        + "</worksheet>";
    assertThat(scan(xml)).containsExactly("col{hidden=1, max=3, min=2}", "row{hidden=true, r=1}", "c{}", "c{}",
        "mergeCell{ref=A1:B1}");
  }

  @Test
  void skipsCommentsCdataAndQuotedAngles() throws IOException, XMLStreamException {
    String xml = "<x:worksheet><!-- <row r=\"9\" hidden=\"1\"/> ---><x:sheetData><x:row r=\"2\" spans=\"a>b\""
        + " hidden=\"1\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t><![CDATA[<row r=\"8\" hidden=\"1\"/>]]]></x:t></x:is></x:c>"
        + "</x:row></x:sheetData></x:worksheet>";
    assertThat(scan(xml)).containsExactly("row{hidden=1, r=2, spans=a>b}", "c{}");
  }

  @Test
  void givesACellsReferenceWhenItsColumnIsBeyondATablesOrWrittenWithAnEntity() throws IOException, XMLStreamException {
    assertThat(scan("<c r=\"ALL1\"/><c r=\"ALM1\"/><c r=\"&#65;1\"/><c r=\"É1\"/>"))
        .containsExactly("c{}", "c{r=ALM1}", "c{r=A1}", "c{r=É1}");
    assertThat(LayoutScan.unescape("&lt;&gt;&amp;&quot;&apos;&#x41;&#66;")).isEqualTo("<>&\"'AB");
  }

  @Test
  void skipsADocumentTypeAndRefusesEntitiesInAttributes() throws IOException, XMLStreamException {
    assertThat(scan("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"]><row r='7' hidden='1'/>\">]><worksheet>"
        + "<row r=\"3\" hidden=\"1\"/></worksheet>")).containsExactly("row{hidden=1, r=3}");
    assertThatThrownBy(() -> scan("<row r=\"&a;\" hidden=\"1\"/>")).isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("&a;");
    assertThatThrownBy(() -> scan("<row r=\"&#xZZ;\"/>")).isInstanceOf(XMLStreamException.class);
  }

  @Test
  void toleratesATruncatedSheet() throws IOException, XMLStreamException {
    assertThat(scan("<worksheet><sheetData><row r=\"1\" hidden=\"1\"><c r=\"A")).containsExactly(
        "row{hidden=1, r=1}", "c{}");
    assertThat(scan("<row r=\"1\"")).containsExactly("row{r=1}");
    assertThat(scan("<!-- never closed")).isEmpty();
  }

  @Test
  void knowsAUtf16Sheet() {
    assertThat(LayoutScan.isUtf16(new byte[] {(byte) 0xFF, (byte) 0xFE})).isTrue();
    assertThat(LayoutScan.isUtf16(new byte[] {(byte) 0xFE, (byte) 0xFF})).isTrue();
    assertThat(LayoutScan.isUtf16("<?".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void skipsProcessingInstructionsEndTagsAndOddAttributes() throws IOException, XMLStreamException {
    String xml = "<?pi <row r=\"5\" hidden=\"1\"/> ?><worksheet></worksheet  ><row checked hidden = \"1\" r=\"6\">"
        + "<c r=ALM6/><row r=\"7\" hidden=\"1\"/><" + "q".repeat(80) + " r=\"<row r='9' hidden='1'/>\"/>"
        + "</row ><col min='1' max='1'hidden='1'/>";
    assertThat(scan(xml)).containsExactly("row{hidden=1, r=6}", "c{}", "row{hidden=1, r=7}",
        "col{hidden=1, max=1, min=1}");
  }

  @Test
  void aCellReferenceIsCheckedOnlyWhenItsLettersGoBeyondATablesColumns() throws IOException, XMLStreamException {
    // ALL is column 1,000, the last a table may have; a digit ends the letters
    assertThat(scan("<c r=\"ALL999\"/><c r=\"A0\"/><c r=\"ZZ9\"/><c r=\"AAAA1\"/><c r=\"ALL\"/>"))
        .containsExactly("c{}", "c{}", "c{}", "c{r=AAAA1}", "c{}");
  }
}
