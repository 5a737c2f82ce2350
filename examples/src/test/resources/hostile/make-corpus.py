#!/usr/bin/env python3
"""Writes the small files of the hostile-input corpus (HostileInputTest reads MANIFEST.tsv).

Run from this directory: python3 make-corpus.py. Every file is small; the big ones (150,000-digit
numbers, a 10 MB cell, a million empty lines, zip bombs, 100,000 columns) are made by the test.
"""
import random, zipfile

def w(name, data):
    open(name, 'wb').write(data if isinstance(data, bytes) else data.encode('utf-8'))

PLAN = ('{"format": "scplan", "version": 1, "plan": {"title": "%s", "unit": {"id": "ldmh", '
        '"name": "Learning Disability/Mental Health", "level": "division"}, "year": "2013-14"%s}}\n')
def plan(title='Divisional Business Plan 2013-14', members=''):
    return PLAN % (title, members)

# ---------------------------------------------------------------- JSON (scplan check)
w('json-valid.json', plan())
w('json-bom.json', b'\xef\xbb\xbf' + plan().encode())
w('json-utf16le.json', plan().encode('utf-16-le'))
w('json-utf16be-bom.json', plan().encode('utf-16'))   # with a BOM (big-endian or the machine's order)
w('json-utf32.json', plan().encode('utf-32-le'))
w('json-invalid-utf8.json', plan().encode().replace(b'Divisional', b'Divi\xff\xfesional'))
w('json-overlong-utf8.json', plan().encode().replace(b'Divisional', b'Divi\xc0\xafsional'))
w('json-nan.json', plan(members=', "headlines": [{"measure": "gross-expenditure", "value": NaN}]'))
w('json-infinity.json', plan().replace('"version": 1', '"version": Infinity'))
w('json-minus-infinity.json', plan().replace('"version": 1', '"version": -Infinity'))
w('json-comment-line.json', '// a plan\n' + plan())
w('json-comment-block.json', plan().replace('"plan": {', '"plan": /* the plan */ {'))
w('json-trailing-garbage.json', plan() + 'garbage\n')
w('json-trailing-document.json', plan() + plan())
w('json-trailing-comma.json', plan().replace('"year": "2013-14"', '"year": "2013-14",'))
w('json-truncated-string.json', plan()[:60])
w('json-truncated-object.json', plan()[:-4])
w('json-empty.json', b'')
w('json-whitespace.json', b'  \n\t\n')
w('json-nul-bytes.json', b'\x00' * 64)
random.seed(20261207)
w('json-random-bytes.json', bytes(random.randrange(256) for _ in range(2048)))
w('json-duplicate-member.json', plan().replace('"version": 1', '"version": 1, "version": 1'))
w('json-duplicate-plan-member.json', plan(members=', "year": "2014-15"'))
w('json-wrong-kind-geojson.json', '{"type": "FeatureCollection", "features": []}\n')
w('json-wrong-kind-array.json', '[1, 2, 3]\n')
w('json-wrong-kind-string.json', '"scplan"\n')
w('json-wrong-format.json', plan().replace('"format": "scplan"', '"format": "frictionless"'))
w('json-wrong-version.json', plan().replace('"version": 1', '"version": 2'))
w('json-version-huge.json', plan().replace('"version": 1', '"version": 99999999999999999999'))
w('json-version-exponent.json', plan().replace('"version": 1', '"version": 1e999999999'))
w('json-number-41-digits.json', plan().replace('"version": 1', '"version": ' + '1' * 41))
w('json-raw-control-char.json', plan('Plan\x07\x1b[31m'))
w('json-escaped-controls.json', plan('Plan \\u0007\\u001b[31mred\\u0000 \\u009b2J end'))
w('json-escaped-newline-title.json', plan('Plan\\n1 file checked: 0 with errors'))
w('json-bidi-title.json', plan('Plan \u202eevil\u202c \u2066x\u2069 \u200bzero\u200dwidth'))
w('json-lone-surrogate.json', plan('Plan \\ud800 alone'))
w('json-deep-array-root.json', '[' * 5000 + ']' * 5000)
w('json-deep-array.json', plan(members=', "headlines": ' + '[' * 5000 + ']' * 5000))
w('json-deep-object.json', plan(members=', "sections": [' + '{"a": ' * 5000 + '1' + '}' * 5000 + ']'))
w('json-null-plan.json', '{"format": "scplan", "version": 1, "plan": null}\n')
w('json-long-name.json', plan(members=', "' + 'n' * 60000 + '": 1'))

# ---------------------------------------------------------------- CSV and TSV (scplan table)
HEAD = 'Service,Gross,Income,Net\n'
ROWS = 'Roads,10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n'
w('csv-valid.csv', HEAD + ROWS)
w('csv-ragged-short.csv', HEAD + 'Roads,10,-5,5\nParks,10,-5\nTotal,20,-10,10\n')
w('csv-ragged-long.csv', HEAD + 'Roads,10,-5,5\nParks,10,-5,5,7,8\nTotal,20,-10,10\n')
w('csv-unbalanced-quote.csv', HEAD + 'Roads,10,-5,5\n"Parks,10,-5,5\nTotal,20,-10,10\n')
w('csv-quote-inside-cell.csv', HEAD + 'Ro"ads,10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-nul.csv', HEAD + 'Roads\x00,10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-control-bytes.csv', HEAD + 'Roads\x07\x08\x1b[2J\x7f,10,-5,5\nParks\x1b]0;pwned\x07,10,-5,5\nTotal,20,-10,10\n')
w('csv-c1-controls.csv', HEAD + 'Roads\u0085\u009b31m,10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-nul-in-figure.csv', HEAD + 'Roads,1\x000,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-cr-only.csv', (HEAD + ROWS).replace('\n', '\r'))
w('csv-crlf.csv', (HEAD + ROWS).replace('\n', '\r\n'))
w('csv-mixed-line-endings.csv', 'Service,Gross,Income,Net\r\nRoads,10,-5,5\nParks,10,-5,5\rTotal,20,-10,10\r\n')
w('csv-mixed-delimiters.csv', 'Service,Gross;Income\tNet\nRoads,10;-5\t5\nParks;10,-5\t5\nTotal,20,-10,10\n')
w('csv-semicolons.csv', (HEAD + ROWS).replace(',', ';'))
w('csv-formula-hyperlink.csv', HEAD + '"=HYPERLINK(""http://evil.example"",""click"")",10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-formula-cmd.csv', HEAD + "+cmd|' /C calc'!A0,10,-5,5\n@SUM(1+1)*cmd|' /C calc'!A0,10,-5,5\nTotal,20,-10,10\n")
w('csv-formula-in-figure.csv', HEAD + 'Roads,=1+9,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-rtl-zero-width.csv', HEAD + 'Roa\u202eds\u202c\u200b,10,-5,5\n\u2067Parks\u2069\u200d,10,-5,5\nTotal,20,-10,10\n')
w('csv-arabic-labels.csv', HEAD + '\u0627\u0644\u0637\u0631\u0642,10,-5,5\n\u05d2\u05e0\u05d9\u05dd,10,-5,5\nTotal,20,-10,10\n')
w('csv-quoted-newline-label.csv', HEAD + '"Roads\n1 table checked: 0 with errors",10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-empty.csv', b'')
w('csv-only-heading.csv', HEAD)
w('csv-blank-lines.csv', '\n\n\n\n')
w('csv-bom-utf8.csv', b'\xef\xbb\xbf' + (HEAD + ROWS).encode())
w('csv-utf16le-bom.csv', b'\xff\xfe' + (HEAD + ROWS).encode('utf-16-le'))
w('csv-windows-1252.csv', (HEAD + 'Roads \xa3,10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n').encode('cp1252'))
w('csv-invalid-utf8.csv', (HEAD + ROWS).encode().replace(b'Roads', b'Ro\xff\xfeads'))
w('csv-random-bytes.csv', bytes(random.randrange(256) for _ in range(4096)))
w('csv-huge-figure.csv', HEAD + 'Roads,' + '9' * 5000 + ',-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-exponent-figure.csv', HEAD + 'Roads,1e999999999,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n')
w('csv-wrong-total.csv', HEAD + 'Roads,10,-5,5\nParks,10,-5,5\nTotal,25,-10,15\n')
w('csv-1001-columns.csv', ','.join('H%d' % i for i in range(1001)) + '\n' + ','.join('1' for _ in range(1001)) + '\n')
w('tsv-valid.tsv', (HEAD + ROWS).replace(',', '\t'))
w('tsv-ragged.tsv', (HEAD + 'Roads,10,-5,5\nParks,10\nTotal,20,-10,10\n').replace(',', '\t'))
w('tsv-unbalanced-quote.tsv', (HEAD + 'Roads,10,-5,5\n"Parks,10,-5,5\nTotal,20,-10,10\n').replace(',', '\t'))
w('tsv-control-bytes.tsv', (HEAD + 'Roads\x1b[5m,10,-5,5\nParks,10,-5,5\nTotal,20,-10,10\n').replace(',', '\t'))
w('csv-indicators-controls.csv', 'Ref,Indicator,Target,Actual\nNI 1,Delayed\x1b[1m transfers,75%,77%\nNI 2,Reviews \u202eevil,80%,70%\n')
w('csv-risks-controls.csv', 'Ref,Risk,Likelihood,Impact\nR1,Market\x07 failure,3,4\nR2,Cyber\u202e attack,2,5\n')

# ---------------------------------------------------------------- workbooks (scplan table)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
def ods(name, body, prolog='<?xml version="1.0" encoding="UTF-8"?>'):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet')
        z.writestr('content.xml', prolog + '<office:document-content ' + NS + '><office:body><office:spreadsheet>'
                   + body + '</office:spreadsheet></office:body></office:document-content>')
def rows(rs):
    return ''.join('<table:table-row>' + ''.join('<table:table-cell><text:p>' + esc(c) + '</text:p></table:table-cell>'
                   for c in r) + '</table:table-row>' for r in rs)
T = [['Service', 'Gross', 'Income', 'Net'], ['Roads', '10', '-5', '5'], ['Parks', '10', '-5', '5'], ['Total', '20', '-10', '10']]
LAUGHS = ('<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + ''.join('<!ENTITY %s "%s">' % (chr(98 + i), ('&%s;' % chr(97 + i)) * 10)
          for i in range(8)) + ']>')
ods('ods-valid.ods', '<table:table table:name="Budget">' + rows(T) + '</table:table>')
ods('ods-rows-repeated.ods', '<table:table table:name="Budget">' + rows(T) + '<table:table-row table:number-rows-repeated="2000000000">'
    '<table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table>')
ods('ods-columns-repeated.ods', '<table:table table:name="Budget"><table:table-row><table:table-cell '
    'table:number-columns-repeated="2000000000"><text:p>1</text:p></table:table-cell></table:table-row></table:table>')
ods('ods-blank-repeated.ods', '<table:table table:name="Budget">' + rows(T) + '<table:table-row table:number-rows-repeated="1048000">'
    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>')
ods('ods-billion-laughs.ods', '<table:table table:name="Budget"><table:table-row><table:table-cell><text:p>&i;</text:p>'
    '</table:table-cell><table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table>',
    '<?xml version="1.0"?>' + LAUGHS)
ods('ods-xxe.ods', '<table:table table:name="Budget"><table:table-row><table:table-cell><text:p>&x;</text:p>'
    '</table:table-cell><table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table>',
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
ods('ods-long-cell.ods', '<table:table table:name="Budget">' + rows([['Service', 'Gross'], ['x' * 100001, '1'], ['Total', '1']]) + '</table:table>')
ods('ods-controls.ods', '<table:table table:name="Budget">' + rows([['Service', 'Gross', 'Income', 'Net'],
    ['Roads \u202eevil\u202c\u200b', '10', '-5', '5'], ['Parks', '10', '-5', '5'], ['Total', '20', '-10', '10']]) + '</table:table>')
ods('ods-invalid-xml-char.ods', '<table:table table:name="Bud\x1bget">' + rows(T) + '</table:table>')
ods('ods-not-xml.ods', '', 'this is not XML')

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="' + REL + '/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="' + REL + '"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>')
WBRELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="' + REL + '/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="' + REL + '/sharedStrings" Target="sharedStrings.xml"/>'
          '<Relationship Id="rId3" Type="' + REL + '/styles" Target="styles.xml"/></Relationships>')
STYLES = ('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1">'
          '<xf numFmtId="0"/></cellXfs></styleSheet>')
def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
def xlsx(name, table, sheet_prolog='<?xml version="1.0" encoding="UTF-8"?>', sheet='Budget', sst_prolog=None,
         last_row=None, raw=None):
    strings = []
    data = ''
    for ri, r in enumerate(table):
        cells = ''
        for ci, c in enumerate(r):
            ref = col(ci) + str(ri + 1)
            if raw and c in raw:
                cells += raw[c] % ref
                continue
            try:
                float(c)
                cells += '<c r="%s"><v>%s</v></c>' % (ref, c)
            except ValueError:
                strings.append(c)
                cells += '<c r="%s" t="s"><v>%d</v></c>' % (ref, len(strings) - 1)
        number = last_row if last_row and ri == len(table) - 1 else ri + 1
        data += '<row r="%d">%s</row>' % (number, cells)
    sst = ((sst_prolog or '<?xml version="1.0" encoding="UTF-8"?>')
           + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
           % (len(strings), len(strings))
           + ''.join('<si><t>%s</t></si>' % (s if s.startswith('&') else esc(s)) for s in strings) + '</sst>')
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WB % esc(sheet))
        z.writestr('xl/_rels/workbook.xml.rels', WBRELS)
        z.writestr('xl/worksheets/sheet1.xml', sheet_prolog + '<worksheet xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheetData>' + data + '</sheetData></worksheet>')
        z.writestr('xl/sharedStrings.xml', sst)
        z.writestr('xl/styles.xml', STYLES)
xlsx('xlsx-valid.xlsx', T)
xlsx('xlsx-wrong-total.xlsx', T[:3] + [['Total', '25', '-10', '15']])
xlsx('xlsx-billion-laughs-strings.xlsx', [['Service', 'Gross'], ['&i;', '1'], ['Total', '1']], sst_prolog='<?xml version="1.0"?>' + LAUGHS)
xlsx('xlsx-billion-laughs-sheet.xlsx', T, sheet_prolog='<?xml version="1.0"?>' + LAUGHS)
xlsx('xlsx-billion-laughs-inline.xlsx', T[:1] + [['Roads', 'LAUGH', '-5', '5']] + T[2:],
     sheet_prolog='<?xml version="1.0"?>' + LAUGHS, raw={'LAUGH': '<c r="%s" t="inlineStr"><is><t>&i;</t></is></c>'})
xlsx('xlsx-xxe.xlsx', [['Service', 'Gross'], ['&x;', '1'], ['Total', '1']],
     sst_prolog='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
xlsx('xlsx-row-number-huge.xlsx', T + [['Other', '1']], last_row=3000000)
xlsx('xlsx-controls.xlsx', [['Service', 'Gross', 'Income', 'Net'], ['Roads \u202eevil\u202c\u2066', '10', '-5', '5'],
     ['Parks', '10', '-5', '5'], ['Total', '20', '-10', '10']])
xlsx('xlsx-invalid-xml-char.xlsx', [['Service', 'Gross'], ['Roads\x1b[2J', '1'], ['Total', '1']])
xlsx('xlsx-long-cell.xlsx', [['Service', 'Gross'], ['y' * 100001, '1'], ['Total', '1']])
xlsx('xlsx-huge-exponent.xlsx', [['Service', 'Gross', 'Income', 'Net'], ['Roads', 'BIG', '-5', '5'], ['Parks', '10', '-5', '5'],
     ['Total', '20', '-10', '10']],
     raw={'BIG': '<c r="%s"><v>1E+999999999</v></c>'})
xlsx('xlsx-formula-text.xlsx', [['Service', 'Gross', 'Income', 'Net'], ['=HYPERLINK("http://evil.example")', '10', '-5', '5'],
     ['Parks', '10', '-5', '5'], ['Total', '20', '-10', '10']])
whole = open('xlsx-valid.xlsx', 'rb').read()
w('xlsx-truncated.xlsx', whole[:len(whole) // 2])
w('ods-truncated.ods', open('ods-valid.ods', 'rb').read()[:300])
w('xlsx-csv-renamed.xlsx', HEAD + ROWS)
OLE2 = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(4088)
w('xlsx-encrypted.xlsx', OLE2)
w('xls-excel-97.xls', OLE2)
w('xlsx-empty.xlsx', b'')
with zipfile.ZipFile('xlsx-zip-not-workbook.xlsx', 'w') as z:
    z.writestr('hello.txt', 'hello')
w('csv-is-a-workbook.csv', whole)
w('tsv-is-an-xls.tsv', OLE2)
