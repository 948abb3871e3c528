#!/usr/bin/env python3
"""Writes the CSV import corpus (issue #14) and its manifest of exact expectations.

Run from this directory: python3 generate.py. The files are committed; this script says how
each was made. CsvCorpusIntegrationTests imports every file through the real import job and
compares the outcome with manifest.json exactly. An expectation with a "defect" records the
current behaviour of a defect named there.
"""
import codecs
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ENTRIES = []


def field(value, d, q='"', always=False):
    if always or any(c in value for c in (d, q, '\r', '\n')):
        return q + value.replace(q, q + q) + q
    return value


def table(rows, d=',', nl='\n', always=False, q='"', end=True):
    text = nl.join(d.join(field(v, d, q, always) for v in row) for row in rows)
    return text + (nl if end else '')


def add(name, data, **expect):
    """data: bytes, or text written in expect['write'] (default UTF-8)."""
    if isinstance(data, str):
        data = data.encode(expect.pop('write', 'utf-8'))
    else:
        expect.pop('write', None)
    with open(os.path.join(HERE, name), 'wb') as out:
        out.write(data)
    entry = {'file': name}
    if 'refused' in expect:
        entry['uploadRefused'] = expect.pop('refused')
    else:
        entry['detected'] = {
            'encoding': expect.pop('encoding', 'UTF-8'),
            'delimiter': expect.pop('delimiter', ','),
            'hasHeader': expect.pop('hasHeader', True),
        }
        if 'headers' in expect:
            entry['detected']['headers'] = expect.pop('headers')
        entry['status'] = expect.pop('status', 'COMPLETED')
        entry['inserted'] = expect.pop('inserted')
        entry['duplicates'] = expect.pop('duplicates', 0)
        entry['rejectedLines'] = expect.pop('rejected', [])
        entry['contacts'] = expect.pop('contacts', {})
        if 'options' in expect:
            entry['options'] = expect.pop('options')
    if 'defect' in expect:
        entry['defect'] = expect.pop('defect')
    assert not expect, (name, expect)
    ENTRIES.append(entry)


BOM8 = codecs.BOM_UTF8

# --- csv-spectrum's cases (github.com/max-mapper/csv-spectrum), as contact files -----------------------
add('spectrum-comma-in-quotes.csv', table([
    ['first', 'last', 'email', 'address'],
    ['John', 'Doe', 'john@doe.example', '120 any st., "Anytown", WW 08123'],
    ['Jane', 'Roe', 'jane@roe.example', 'Ste. 4, 12 Main St'],
]), inserted=2, contacts={'john@doe.example': {'firstName': 'John', 'lastName': 'Doe',
                                               'attributes': '{"address": "120 any st., \\"Anytown\\", WW 08123"}'}})
add('spectrum-empty.csv', 'email,first name,b,c\na@one.example,"","",""\nb@one.example,Bo,3,4\n',
    inserted=2, contacts={'a@one.example': {'firstName': None}, 'b@one.example': {'firstName': 'Bo'}})
add('spectrum-empty-crlf.csv', table([['email', 'first name', 'b', 'c'], ['a@one.example', '', '', ''],
                                      ['b@one.example', 'Bo', '3', '4']], nl='\r\n'),
    inserted=2, contacts={'b@one.example': {'firstName': 'Bo'}})
add('spectrum-escaped-quotes.csv', table([['email', 'first name', 'notes'],
                                          ['a@quote.example', 'Ann', 'He said "hi"'],
                                          ['b@quote.example', 'Bob', '""']]),
    inserted=2, contacts={'a@quote.example': {'attributes': '{"notes": "He said \\"hi\\""}'},
                          'b@quote.example': {'attributes': '{"notes": "\\"\\""}'}})
add('spectrum-json.csv', table([['email', 'first name', 'payload'],
                                ['a@json.example', 'Ann', '{"a": 1, "b": [true, null]}']]),
    inserted=1, contacts={'a@json.example': {'attributes': '{"payload": "{\\"a\\": 1, \\"b\\": [true, null]}"}'}})
add('spectrum-newlines.csv', table([['email', 'first name', 'notes'],
                                    ['a@nl.example', 'Ann', 'line one\nline two'],
                                    ['not-an-email', 'Bob', 'x'],
                                    ['c@nl.example', 'Cy', 'ok']]),
    inserted=2, rejected=[4], contacts={'a@nl.example': {'attributes': '{"notes": "line one\\nline two"}'}})
add('spectrum-newlines-crlf.csv', table([['email', 'first name', 'notes'],
                                         ['a@nl.example', 'Ann', 'line one\r\nline two'],
                                         ['not-an-email', 'Bob', 'x'],
                                         ['c@nl.example', 'Cy', 'ok']], nl='\r\n'),
    inserted=2, rejected=[4], contacts={'a@nl.example': {'attributes': '{"notes": "line one\\r\\nline two"}'}})
add('spectrum-quotes-and-newlines.csv', table([['email', 'first name', 'notes'],
                                               ['a@qn.example', 'Ann', 'a "quoted"\nline'],
                                               ['b@qn.example', 'Bob', 'plain']]),
    inserted=2, contacts={'a@qn.example': {'attributes': '{"notes": "a \\"quoted\\"\\nline"}'}})
add('spectrum-simple.csv', 'email,first name,last name\na@simple.example,Ann,Lee\n',
    inserted=1, contacts={'a@simple.example': {'firstName': 'Ann', 'lastName': 'Lee'}})
add('spectrum-simple-crlf.csv', 'email,first name,last name\r\na@simple.example,Ann,Lee\r\n',
    inserted=1, contacts={'a@simple.example': {'firstName': 'Ann', 'lastName': 'Lee'}})
add('spectrum-utf8.csv', 'email,first name,last name\nzoe@utf.example,Zoë,Ångström\njue@utf.example,Jürgen,Weiß\n',
    inserted=2, contacts={'zoe@utf.example': {'firstName': 'Zoë', 'lastName': 'Ångström'},
                          'jue@utf.example': {'firstName': 'Jürgen', 'lastName': 'Weiß'}})
add('spectrum-location-coordinates.csv', table([['email', 'city', 'coordinates'],
                                                ['a@geo.example', 'New York', '40.7128, -74.0060']]),
    inserted=1, contacts={'a@geo.example': {'city': 'New York',
                                            'attributes': '{"coordinates": "40.7128, -74.0060"}'}})

# --- Excel ------------------------------------------------------------------------------------------------
de_rows = [['E-Mail', 'Vorname', 'Nachname', 'Firma', 'Stadt'],
           ['juergen.mueller@bäckerei.example', 'Jürgen', 'Müller', 'Bäckerei Müller GmbH', 'Köln'],
           ['grete@weiss.example', 'Grete', 'Weiß', 'Weiß & Söhne', 'Düsseldorf'],
           ['keine-adresse', 'Max', 'Mustermann', '', 'München'],
           ['oe@strasse.example', 'Özlem', 'Çelik', 'Straße AG', 'Nürnberg']]
add('excel-de-sep-line-semicolon-windows1252-crlf.csv', 'sep=;\r\n' + table(de_rows, ';', '\r\n'),
    write='cp1252', encoding='windows-1252', delimiter=';', inserted=3, rejected=[5],
    contacts={'juergen.mueller@bäckerei.example': {'firstName': 'Jürgen', 'lastName': 'Müller',
                                                   'company': 'Bäckerei Müller GmbH', 'city': 'Köln'},
              'grete@weiss.example': {'firstName': 'Grete', 'lastName': 'Weiß', 'city': 'Düsseldorf',
                                      'company': 'Weiß & Söhne'},
              'oe@strasse.example': {'firstName': 'Özlem', 'lastName': 'Çelik', 'city': 'Nürnberg'}})
add('excel-de-utf8-bom-semicolon-crlf.csv', BOM8 + table(de_rows[:3] + de_rows[4:], ';', '\r\n').encode(),
    delimiter=';', inserted=3,
    contacts={'juergen.mueller@bäckerei.example': {'firstName': 'Jürgen', 'company': 'Bäckerei Müller GmbH'},
              'oe@strasse.example': {'firstName': 'Özlem', 'lastName': 'Çelik', 'company': 'Straße AG'}})
add('excel-fr-windows1252-semicolon.csv', table([
    ['Adresse e-mail', 'Prénom', 'Nom', 'Société', 'Ville'],
    ['francois@coeur.example', 'François', 'Lefèvre', 'Cœur de Lion SARL', 'Orléans'],
    ['helene@chateau.example', 'Hélène', 'Dupré', 'Château Œillet', 'Besançon'],
    ['noel@ete.example', 'Noël', 'Bâtard', '', 'Saint-Étienne']], ';', '\r\n'),
    write='cp1252', encoding='windows-1252', delimiter=';', inserted=3,
    contacts={'francois@coeur.example': {'firstName': 'François', 'lastName': 'Lefèvre', 'city': 'Orléans',
                                         'company': 'Cœur de Lion SARL'},
              'helene@chateau.example': {'company': 'Château Œillet', 'city': 'Besançon'}})
add('excel-es-windows1252-semicolon.csv', table([
    ['Correo electrónico', 'Nombre', 'Apellidos', 'Empresa', 'Ciudad'],
    ['nunez@espana.example', 'José', 'Núñez Peña', 'Añil Diseño S.L.', 'A Coruña'],
    ['ines@espana.example', 'Inés', 'Gómez', 'Ibérica', 'Cádiz']], ';', '\r\n'),
    write='cp1252', encoding='windows-1252', delimiter=';', inserted=2,
    contacts={'nunez@espana.example': {'firstName': 'José', 'lastName': 'Núñez Peña', 'city': 'A Coruña',
                                       'company': 'Añil Diseño S.L.'}})
add('excel-en-utf8-bom-comma-crlf.csv', BOM8 + table([
    ['Email', 'First Name', 'Last Name', 'Company', 'Job Title', 'Phone'],
    ['ann@acme.example', 'Ann', 'Lee', 'Acme, Inc.', 'VP Sales', '+1 650 253 0000'],
    ['bob@acme.example', 'Bob', "O'Neil", 'Acme, Inc.', 'CFO', '+44 20 7946 0958']], nl='\r\n').encode(),
    inserted=2, contacts={'ann@acme.example': {'firstName': 'Ann', 'title': 'VP Sales', 'phone': '+16502530000',
                                               'company': 'Acme, Inc.'},
                          'bob@acme.example': {'lastName': "O'Neil", 'phone': '+442079460958'}})
add('excel-trailing-empty-columns.csv', 'Email,First Name,Last Name,,,\r\na@trail.example,Ann,Lee,,,\r\n'
                                        'b@trail.example,Bob,Roe,,,\r\n',
    inserted=2, headers=['Email', 'First Name', 'Last Name'],
    contacts={'b@trail.example': {'firstName': 'Bob', 'lastName': 'Roe', 'attributes': '{}'}})
add('excel-unicode-text-utf16le-tab.txt', codecs.BOM_UTF16_LE + table([
    ['Email', 'First Name', 'Last Name', 'City'],
    ['sato@tokyo.example', '花子', '佐藤', '東京'],
    ['mueller@berlin.example', 'Jürgen', 'Müller', 'Berlin'],
    ['ivanov@moscow.example', 'Иван', 'Иванов', 'Москва']], '\t', '\r\n').encode('utf-16-le'),
    encoding='UTF-16LE', delimiter='\t', inserted=3,
    contacts={'sato@tokyo.example': {'firstName': '花子', 'lastName': '佐藤', 'city': '東京'},
              'ivanov@moscow.example': {'firstName': 'Иван', 'lastName': 'Иванов', 'city': 'Москва'}})
jp_rows = [['Email', 'Last Name', 'First Name', 'Company', 'Title', 'City'],
           ['tanaka@sakura.example', '田中', '太郎', '株式会社さくら', '営業部長', '東京都'],
           ['sato@fuji.example', '佐藤', '花子', '富士商事株式会社', 'マネージャー', '大阪市'],
           ['suzuki@kaede.example', '鈴木', '一郎', 'かえで工業', 'エンジニア', '名古屋市'],
           ['takahashi@yuki.example', '高橋', '美咲', 'ゆき銀行', '課長', '札幌市']]
add('excel-ja-shift-jis-crlf.csv', table(jp_rows, nl='\r\n'), write='cp932', encoding='Shift_JIS', inserted=4,
    contacts={'tanaka@sakura.example': {'firstName': '太郎', 'lastName': '田中', 'company': '株式会社さくら',
                                        'title': '営業部長', 'city': '東京都'},
              'sato@fuji.example': {'firstName': '花子', 'lastName': '佐藤', 'title': 'マネージャー'}})
add('excel-ja-shift-jis-japanese-headers.csv', table(
    [['メールアドレス', '姓', '名', '会社名']] + [[r[0], r[1], r[2], r[3]] for r in jp_rows[1:]], nl='\r\n'),
    write='cp932', encoding='Shift_JIS', inserted=4,
    contacts={'tanaka@sakura.example': {'firstName': '太郎', 'lastName': '田中', 'company': '株式会社さくら',
                                        'attributes': '{}'}})
cn_rows = [['Email', 'Last Name', 'First Name', 'Company', 'City'],
           ['wang.wei@hua.example', '王', '伟', '华为技术有限公司', '深圳'],
           ['li.na@bei.example', '李', '娜', '北京科技有限公司', '北京'],
           ['zhang.min@shang.example', '张', '敏', '上海贸易公司', '上海'],
           ['liu.yang@guang.example', '刘', '洋', '广州电子', '广州']]
add('excel-zh-cn-gb18030.csv', table(cn_rows, nl='\r\n'), write='gb18030', encoding='GB18030', inserted=4,
    contacts={'wang.wei@hua.example': {'firstName': '伟', 'lastName': '王', 'company': '华为技术有限公司',
                                       'city': '深圳'},
              'li.na@bei.example': {'firstName': '娜', 'lastName': '李', 'city': '北京'}})
tw_rows = [['Email', 'Last Name', 'First Name', 'Company', 'City'],
           ['chen@tai.example', '陳', '志明', '台灣積體電路', '臺北市'],
           ['lin@gao.example', '林', '美玲', '高雄港務公司', '高雄市'],
           ['huang@tai.example', '黃', '建國', '中華電信', '臺中市']]
add('excel-zh-tw-big5.csv', table(tw_rows, nl='\r\n'), write='cp950', encoding='Big5', inserted=3,
    contacts={'chen@tai.example': {'firstName': '志明', 'lastName': '陳', 'company': '台灣積體電路',
                                   'city': '臺北市'}})
kr_rows = [['Email', 'Last Name', 'First Name', 'Company', 'City'],
           ['kim@seoul.example', '김', '민준', '삼성전자', '서울특별시'],
           ['lee@busan.example', '이', '서연', '현대자동차', '부산광역시'],
           ['park@daegu.example', '박', '지훈', '엘지화학', '대구광역시']]
add('excel-ko-euc-kr.csv', table(kr_rows, nl='\r\n'), write='cp949', encoding='EUC-KR', inserted=3,
    contacts={'kim@seoul.example': {'firstName': '민준', 'lastName': '김', 'company': '삼성전자',
                                    'city': '서울특별시'}})
add('excel-mac-cr-line-endings.csv', 'Email,First Name,Last Name\ra@mac.example,Ann,Lee\rbad,Bob,Roe\r'
                                     'c@mac.example,Cy,Doe\r',
    inserted=2, rejected=[3], contacts={'c@mac.example': {'firstName': 'Cy'}})
add('excel-iso-8859-1-french.csv', table([
    ['Courriel', 'Prénom', 'Nom', 'Ville'],
    ['andre@paris.example', 'André', 'Bézier', 'Besançon'],
    ['zoe@lyon.example', 'Zoé', 'Müller', 'Lyon']], ';', '\r\n'),
    write='latin-1', encoding='windows-1252', delimiter=';', inserted=2,
    contacts={'andre@paris.example': {'firstName': 'André', 'lastName': 'Bézier', 'city': 'Besançon'}})
add('excel-utf8-bom-sep-line-comma.csv', BOM8 + b'sep=,\r\nEmail,First Name\r\na@sep.example,Ann\r\nbad,Bob\r\n',
    inserted=1, rejected=[4], contacts={'a@sep.example': {'firstName': 'Ann'}})
add('excel-spreadsheet-safe-values.csv', table([
    ['Email', 'First Name', 'Phone', 'Notes'],
    ['a@safe.example', 'Ann', "'+49 30 12345678", "'=SUM(A1)"],
    ['b@safe.example', "'Lee", "'+1 650 253 0000", 'ok']]),
    inserted=2, contacts={'a@safe.example': {'phone': '+493012345678', 'attributes': '{"Notes": "=SUM(A1)"}'},
                          'b@safe.example': {'firstName': "'Lee", 'phone': '+16502530000'}})

# --- Google Sheets ----------------------------------------------------------------------------------------
add('gsheets-en.csv', table([['Email', 'Full Name', 'Company', 'Website'],
                             ['ann@globex.example', 'Ann Lee', 'Globex', 'https://www.globex.example/about'],
                             ['bob@initech.example', 'Bob Roe', 'Initech', 'initech.example']], nl='\r\n'),
    inserted=2, contacts={'ann@globex.example': {'firstName': 'Ann', 'lastName': 'Lee', 'company': 'Globex'}})
add('gsheets-el-greek.csv', table([['Email', 'First Name', 'Last Name', 'City'],
                                   ['giorgos@athina.example', 'Γιώργος', 'Παπαδόπουλος', 'Αθήνα'],
                                   ['eleni@thess.example', 'Ελένη', 'Οικονόμου', 'Θεσσαλονίκη']], nl='\r\n'),
    inserted=2, contacts={'giorgos@athina.example': {'firstName': 'Γιώργος', 'lastName': 'Παπαδόπουλος',
                                                     'city': 'Αθήνα'}})
add('gsheets-ru-russian.csv', table([['Email', 'First Name', 'Last Name', 'City'],
                                    ['ivan@mosk.example', 'Иван', 'Петров', 'Москва'],
                                    ['olga@piter.example', 'Ольга', 'Смирнова', 'Санкт-Петербург']], nl='\r\n'),
    inserted=2, contacts={'olga@piter.example': {'firstName': 'Ольга', 'lastName': 'Смирнова',
                                                 'city': 'Санкт-Петербург'}})
add('gsheets-ja-utf8.csv', table(jp_rows, nl='\r\n'), inserted=4,
    contacts={'suzuki@kaede.example': {'firstName': '一郎', 'lastName': '鈴木', 'company': 'かえで工業'}})
add('gsheets-zh-utf8.csv', table(cn_rows, nl='\r\n'), inserted=4,
    contacts={'zhang.min@shang.example': {'firstName': '敏', 'lastName': '张', 'city': '上海'}})
add('gsheets-ko-utf8.csv', table(kr_rows, nl='\r\n'), inserted=3,
    contacts={'lee@busan.example': {'firstName': '서연', 'lastName': '이', 'company': '현대자동차'}})
add('gsheets-ragged-rows.csv', 'Email,First Name,Last Name,City\r\na@rag.example,Ann,Lee,Oslo\r\n'
                               'b@rag.example,Bob\r\nc@rag.example,Cy,Doe,Bergen,extra\r\n',
    # Row 3 is short: its missing trailing values are filled with blanks (fillMissingValues, on by default).
    inserted=2, rejected=[4])

# --- HubSpot ----------------------------------------------------------------------------------------------
add('hubspot-contacts-en.csv', table([
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title',
     'Create Date', 'Contact owner', 'Lifecycle Stage'],
    ['1001', 'Ann', 'Lee', 'ann@hub.example', '+1 617 555 0100', 'Hub Co', 'CEO', '2026-01-02 10:00',
     'Sam Owner', 'Lead'],
    ['1002', 'Bob', 'Roe', 'bob@hub.example', '', 'Hub Co', '', '2026-01-03 11:00', 'Sam Owner', 'Customer']],
    always=True), inserted=2,
    contacts={'ann@hub.example': {'firstName': 'Ann', 'title': 'CEO', 'phone': '+16175550100',
                                  'company': 'Hub Co', 'attributes': '{"Lifecycle Stage": "Lead"}'}})
add('hubspot-contacts-de.csv', BOM8 + table([
    ['Datensatz-ID', 'Vorname', 'Nachname', 'E-Mail', 'Telefonnummer', 'Jobtitel'],
    ['2001', 'Lukas', 'Schäfer', 'lukas@hub-de.example', '+49 89 1234567', 'Geschäftsführer'],
    ['2002', 'Jörg', 'Groß', 'joerg@hub-de.example', '', 'Vertrieb']], always=True).encode(),
    inserted=2, contacts={'lukas@hub-de.example': {'firstName': 'Lukas', 'lastName': 'Schäfer',
                                                   'title': 'Geschäftsführer', 'phone': '+49891234567'}})
add('hubspot-contacts-fr.csv', table([
    ['Prénom', 'Nom', 'E-mail', 'Intitulé du poste', 'Ville'],
    ['Amélie', 'Poulain', 'amelie@hub-fr.example', 'Serveuse', 'Paris'],
    ['Gérard', 'Lefèbvre', 'gerard@hub-fr.example', 'Directeur général', 'Montréal']], always=True),
    inserted=2, contacts={'gerard@hub-fr.example': {'firstName': 'Gérard', 'lastName': 'Lefèbvre',
                                                    'title': 'Directeur général', 'city': 'Montréal'}})
add('hubspot-duplicate-emails.csv', table([
    ['First Name', 'Last Name', 'Email'], ['Ann', 'Lee', 'ann@dup.example'], ['Ann', 'Lee', 'ANN@dup.example'],
    ['Bob', 'Roe', 'bob@dup.example']], always=True), inserted=2, duplicates=1,
    contacts={'ann@dup.example': {'firstName': 'Ann'}})
add('hubspot-utf8-bom-multiline-notes.csv', BOM8 + table([
    ['Email', 'First Name', 'Notes'], ['a@hubn.example', 'Ann', 'Met at fair.\r\nCall back in "Q3".'],
    ['broken', 'Bob', 'x'], ['c@hubn.example', 'Cy', '']], nl='\r\n', always=True).encode(),
    inserted=2, rejected=[4],
    contacts={'a@hubn.example': {'attributes': '{"Notes": "Met at fair.\\r\\nCall back in \\"Q3\\"."}'}})

# --- Salesforce -------------------------------------------------------------------------------------------
add('salesforce-report-with-footer.csv', table([
    ['First Name', 'Last Name', 'Title', 'Account Name', 'Email', 'Mailing City'],
    ['Ann', 'Lee', 'VP', 'Acme', 'ann@sf.example', 'Boston'],
    ['Bob', 'Roe', 'CTO', 'Globex', 'bob@sf.example', 'Austin']], always=True)
    + '\n"Contacts report"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n'
      '"Confidential Information - Do Not Distribute"\n"Generated By:  Ann Lee  12/4/2026 9:14 AM"\n"Acme"\n',
    inserted=2,
    contacts={'ann@sf.example': {'firstName': 'Ann', 'title': 'VP', 'company': 'Acme', 'city': 'Boston'},
              'bob@sf.example': {'firstName': 'Bob', 'title': 'CTO', 'company': 'Globex', 'city': 'Austin'}})
add('salesforce-dataloader-utf8.csv', table([
    ['Id', 'FirstName', 'LastName', 'Email', 'Phone', 'Title', 'MailingCity', 'MailingCountry'],
    ['0035g00000AbCdE', 'Ann', 'Lee', 'ann@sfdl.example', '+1 415 555 0101', 'CEO', 'San Francisco', 'US'],
    ['0035g00000AbCdF', 'Zoë', 'Brontë', 'zoe@sfdl.example', '', 'CMO', 'Leeds', 'GB']], always=True),
    inserted=2, contacts={'zoe@sfdl.example': {'firstName': 'Zoë', 'lastName': 'Brontë', 'title': 'CMO'}})
add('salesforce-es-windows1252.csv', table([
    ['Nombre', 'Apellidos', 'Correo electrónico', 'Cargo', 'Ciudad'],
    ['Begoña', 'Ibáñez', 'begona@sf-es.example', 'Directora Técnica', 'Málaga'],
    ['Ramón', 'Muñoz', 'ramon@sf-es.example', 'Ingeniero', 'León']], always=True, nl='\r\n'),
    write='cp1252', encoding='windows-1252', inserted=2,
    contacts={'begona@sf-es.example': {'firstName': 'Begoña', 'lastName': 'Ibáñez', 'title': 'Directora Técnica',
                                       'city': 'Málaga'}})
add('salesforce-el-utf8.csv', table([
    ['First Name', 'Last Name', 'Email', 'Title'],
    ['Νίκος', 'Γεωργίου', 'nikos@sf-el.example', 'Διευθυντής'],
    ['Μαρία', 'Κωνσταντίνου', 'maria@sf-el.example', 'Μηχανικός']], always=True),
    inserted=2, contacts={'maria@sf-el.example': {'firstName': 'Μαρία', 'lastName': 'Κωνσταντίνου',
                                                  'title': 'Μηχανικός'}})

# --- LinkedIn ---------------------------------------------------------------------------------------------
add('linkedin-connections-with-notes-preamble.csv',
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
    'missing. You will only see email addresses for connections who have allowed their connections to see or '
    'download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can '
    'learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n'
    + table([['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
             ['Ann', 'Lee', 'https://www.linkedin.com/in/annlee', 'ann@li.example', 'Acme', 'CEO', '04 Dec 2026'],
             ['Bob', 'Roe', 'https://www.linkedin.com/in/bobroe', '', 'Globex', 'CTO', '03 Dec 2026']]),
    headers=['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    inserted=1, rejected=[6])  # the note (lines 1 to 3) is skipped; Bob has no e-mail
add('linkedin-sales-navigator-leads.csv', table([
    ['First Name', 'Last Name', 'Email', 'Title', 'Company', 'LinkedIn URL', 'Location'],
    ['Ann', 'Lee', 'ann@sn.example', 'Head of Growth', 'Acme', 'https://www.linkedin.com/in/annlee/', 'Berlin'],
    ['Bob', 'Roe', 'bob@sn.example', 'CTO', 'Globex', 'linkedin.com/in/bob-roe', 'Paris']]),
    inserted=2, contacts={'ann@sn.example': {'title': 'Head of Growth',
                                             'linkedin': 'https://www.linkedin.com/in/annlee'}})
add('linkedin-sales-navigator-ru-utf8-bom.csv', BOM8 + table([
    ['First Name', 'Last Name', 'Email', 'Title', 'Company'],
    ['Дмитрий', 'Соколов', 'dmitry@sn-ru.example', 'Генеральный директор', 'ООО «Ромашка»'],
    ['Анна', 'Кузнецова', 'anna@sn-ru.example', 'Финансовый директор', 'АО Север']]).encode(),
    inserted=2, contacts={'dmitry@sn-ru.example': {'firstName': 'Дмитрий', 'lastName': 'Соколов',
                                                   'title': 'Генеральный директор', 'company': 'ООО «Ромашка»'}})
add('linkedin-sales-navigator-fr.csv', table([
    ['First Name', 'Last Name', 'Email', 'Title', 'Company'],
    ['Chloé', "D'Artagnan", 'chloe@sn-fr.example', 'Responsable marketing', 'Société Générale'],
    ['Loïc', 'Le Bœuf', 'loic@sn-fr.example', 'Développeur', 'Crème & Co']]),
    inserted=2, contacts={'loic@sn-fr.example': {'firstName': 'Loïc', 'lastName': 'Le Bœuf',
                                                 'company': 'Crème & Co'}})

# --- UTF-16 -----------------------------------------------------------------------------------------------
add('utf16le-bom-comma-russian.csv', codecs.BOM_UTF16_LE + table(
    [['Email', 'First Name', 'Last Name'], ['ivan@u16.example', 'Иван', 'Петров'],
     ['bad', 'Пётр', 'Сидоров']], nl='\r\n').encode('utf-16-le'),
    encoding='UTF-16LE', inserted=1, rejected=[3],
    contacts={'ivan@u16.example': {'firstName': 'Иван', 'lastName': 'Петров'}})
add('utf16be-bom-tab-korean.tsv', codecs.BOM_UTF16_BE + table(kr_rows, '\t', '\r\n').encode('utf-16-be'),
    encoding='UTF-16BE', delimiter='\t', inserted=3,
    contacts={'park@daegu.example': {'firstName': '지훈', 'lastName': '박', 'company': '엘지화학'}})
add('utf16be-bom-comma-greek.csv', codecs.BOM_UTF16_BE + table(
    [['Email', 'First Name', 'Last Name'], ['kostas@u16.example', 'Κώστας', 'Αλεξίου']]).encode('utf-16-be'),
    encoding='UTF-16BE', inserted=1, contacts={'kostas@u16.example': {'firstName': 'Κώστας'}})

# --- Awkward ----------------------------------------------------------------------------------------------
add('awkward-blank-lines.csv', 'Email,First Name\n\na@blank.example,Ann\n\n\nbad,Bob\nc@blank.example,Cy\n\n\n',
    inserted=2, rejected=[6])
add('awkward-trailing-delimiter.csv', 'Email,First Name,Last Name\na@td.example,Ann,Lee,\nb@td.example,Bob,Roe,\n',
    inserted=2, contacts={'a@td.example': {'lastName': 'Lee'}})
add('awkward-whitespace-around-fields.csv', 'Email,First Name,Last Name\n  a@ws.example , Ann ,  Lee \n',
    inserted=1, contacts={'a@ws.example': {'firstName': 'Ann', 'lastName': 'Lee'}})
add('awkward-pipe-delimited.txt', 'Email|First Name|Company\na@pipe.example|Ann|Acme, Inc.\nb@pipe.example|Bob|X|Y\n',
    delimiter='|', inserted=1, rejected=[3], contacts={'a@pipe.example': {'company': 'Acme, Inc.'}})
add('awkward-tab-delimited.tsv', 'Email\tFirst Name\tNotes\na@tab.example\tAnn\tsemi;colon, comma\n'
                                 'b@tab.example\tBob\t\n',
    delimiter='\t', inserted=2, contacts={'a@tab.example': {'attributes': '{"Notes": "semi;colon, comma"}'}})
add('awkward-single-quotes.csv', "Email,Name\n'ann@sq.example','Lee, Ann'\n'bob@sq.example','Roe, Bob'\n",
    inserted=2, contacts={'ann@sq.example': {'firstName': 'Ann', 'lastName': 'Lee'}})
add('awkward-unclosed-quote.csv', 'Email,First Name,Notes\na@uq.example,Ann,ok\nb@uq.example,Bob,"never closed\n'
                                  'c@uq.example,Cy,ok\nd@uq.example,Dan,ok\n',
    status='FAILED', inserted=1, rejected=[3])
add('awkward-header-only.csv', 'Email,First Name,Last Name\r\n', inserted=0)
add('awkward-no-header.csv', 'ann@nh.example,Ann,Lee\nbob@nh.example,Bob,Roe\nbad,Cy,Doe\n',
    hasHeader=False, headers=['Column 1', 'Column 2', 'Column 3'], inserted=2, rejected=[3],
    contacts={'ann@nh.example': {'firstName': None}})
add('awkward-header-overridden-as-data.csv', 'Email,First Name\nann@ov.example,Ann\n',
    options={'format': {'hasHeader': False}}, hasHeader=False, headers=['Column 1', 'Column 2'],
    inserted=1, rejected=[1])
add('awkward-encoding-chosen.csv', table(kr_rows[:2], nl='\r\n'), write='cp949',
    options={'format': {'encoding': 'EUC-KR'}}, encoding='EUC-KR', inserted=1,
    contacts={'kim@seoul.example': {'firstName': '민준'}})
add('awkward-pandas-index-column.csv', ',email,first_name\n0,a@pd.example,Ann\n1,b@pd.example,Bob\n',
    headers=['Column 1', 'email', 'first_name'], inserted=2,
    contacts={'a@pd.example': {'firstName': 'Ann', 'attributes': '{"Column 1": "0"}'}})
add('awkward-duplicate-header-names.csv', 'Email,First Name,Email\na@dh.example,Ann,a2@dh.example\n',
    headers=['Email', 'First Name', 'Email (2)'], inserted=1, contacts={'a@dh.example': {'firstName': 'Ann'}})
add('awkward-replacement-character.csv', 'Email,First Name\na@rc.example,Ann \ufffd\n', inserted=1,
    contacts={'a@rc.example': {'firstName': 'Ann \ufffd'}})
add('awkward-utf8-one-bad-byte.csv', 'Email,First Name\nzoe@bb.example,Zoë\n'.encode() + b'bad@bb.example,Ren\xe9e\n'
    + 'jue@bb.example,Jürgen\n'.encode(), inserted=2, rejected=[3],
    contacts={'jue@bb.example': {'firstName': 'Jürgen'}})
add('awkward-nul-byte-in-a-row.csv', ('Email,First Name,Notes\n' + ''.join(
    'p%02d@nul.example,Person %02d,%s\n' % (i, i, 'x' * 40) for i in range(40))).replace(
    'Person 07', 'Person\x0007', 1), inserted=39, rejected=[9])
add('awkward-emoji-and-zero-width.csv', 'Email,First Name,Last Name\na@emo.example,Ann 😀,Lee\u200b\n'
                                        'b@emo.example,👩‍💻 Bea,Roe\n',
    inserted=2, contacts={'a@emo.example': {'firstName': 'Ann 😀'}, 'b@emo.example': {'firstName': '👩‍💻 Bea'}})
add('awkward-right-to-left-names.csv', 'Email,First Name,Last Name\nmo@rtl.example,محمد,العلي\n'
                                       'david@rtl.example,דוד,כהן\n',
    inserted=2, contacts={'mo@rtl.example': {'firstName': 'محمد', 'lastName': 'العلي'},
                          'david@rtl.example': {'firstName': 'דוד', 'lastName': 'כהן'}})
add('awkward-mixed-line-endings.csv', 'Email,First Name\r\na@mix.example,Ann\nbad,Bob\r\nc@mix.example,Cy\r',
    inserted=2, rejected=[3])
add('awkward-uppercase-emails.csv', 'EMAIL,FIRST NAME\nANN.LEE@UPPER.EXAMPLE,ANN\n', inserted=1,
    contacts={'ann.lee@upper.example': {'firstName': 'ANN'}})
add('awkward-idn-punycode-and-unicode.csv', table([
    ['Email', 'First Name'], ['Lena@Bücher.example', 'Lena'], ['lena@xn--bcher-kva.example', 'Lena P.'],
    ['li@例子.example', 'Li'], ['ivan@пример.рф', 'Иван']]), inserted=3, duplicates=1,
    contacts={'lena@bücher.example': {'firstName': 'Lena'}, 'li@例子.example': {'firstName': 'Li'},
              'ivan@пример.рф': {'firstName': 'Иван'}})
add('awkward-xlsx-renamed.csv', b'PK\x03\x04\x14\x00\x06\x00' + b'\x00' * 40, refused='ZIP archive')
add('awkward-empty.csv', b'', refused='The file is empty.')
add('awkward-only-blank-lines.csv', '\r\n\r\n\n', refused='only blank lines')
add('awkward-semicolon-with-decimal-commas.csv', 'Email;First Name;Revenue\na@dec.example;Ann;1.234,56\n'
                                                 'b@dec.example;Bob;99,5\n',
    delimiter=';', inserted=2, contacts={'a@dec.example': {'attributes': '{"Revenue": "1.234,56"}'}})

with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as out:
    json.dump({'files': ENTRIES}, out, ensure_ascii=False, indent=1)
    out.write('\n')
print(len(ENTRIES), 'files')
