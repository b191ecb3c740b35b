<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../core/Autostart.cpp" line="31"/>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/Autostart.cpp" line="35"/>
        <source>%1 cannot be created</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="43"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="45"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="49"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="103"/>
        <source>unknown field, kept as it is</source>
        <translation>unbekanntes Feld, unverändert übernommen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="103"/>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="115"/>
        <source>missing, expected an object</source>
        <translation>fehlt, erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="119"/>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="132"/>
        <source>missing, expected a date YYYY-MM-DD</source>
        <translation>fehlt, erwartet wird ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="136"/>
        <source>%1 is not a date YYYY-MM-DD</source>
        <translation>%1 ist kein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="141"/>
        <source>%1 is not a valid date YYYY-MM-DD</source>
        <translation>%1 ist kein gültiges Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="145"/>
        <location filename="../core/exchange/BundleReader.cpp" line="894"/>
        <source>%1 is outside the years 1900..2199</source>
        <translation>%1 liegt außerhalb der Jahre 1900..2199</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="159"/>
        <source>missing, expected a whole number %1..%2</source>
        <translation>fehlt, erwartet wird eine ganze Zahl im Bereich %1..%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="165"/>
        <source>%1 is not a whole number %2..%3</source>
        <translation>%1 ist keine ganze Zahl im Bereich %2..%3</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="171"/>
        <source>%1 is out of range %2..%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2..%3</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="187"/>
        <source>%1 is not a number 0..10</source>
        <translation>%1 ist keine Zahl im Bereich 0..10</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="193"/>
        <location filename="../core/exchange/BundleReader.cpp" line="410"/>
        <source>%1 is out of range 0..10</source>
        <translation>%1 liegt außerhalb des Bereichs 0..10</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="198"/>
        <source>%1 has more than one decimal place</source>
        <translation>%1 hat mehr als eine Nachkommastelle</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="211"/>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="223"/>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="227"/>
        <source>text of %1 characters is longer than %2</source>
        <translation>Text mit %1 Zeichen ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="244"/>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="278"/>
        <source>%1 is after program_start %2; the pain must start before the plan</source>
        <translation>%1 liegt nach program_start %2; die Schmerzen müssen vor dem Plan begonnen haben</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="294"/>
        <source>%1 is not a list of activities</source>
        <translation>%1 ist keine Liste von Aktivitäten</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="296"/>
        <source>%1 activities, expected at most 5</source>
        <translation>%1 Aktivitäten, erwartet werden höchstens 5</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="302"/>
        <source>%1 is not the name of an activity</source>
        <translation>%1 ist kein Name einer Aktivität</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="337"/>
        <source>not a screening question id such as SCR-TRAUMA; ignored</source>
        <translation>keine ID einer Eingangsfrage wie SCR-TRAUMA; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="355"/>
        <source>%1 is not a known plan template (known: &quot;default&quot;)</source>
        <translation>%1 ist keine bekannte Planvorlage (bekannt: &quot;default&quot;)</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="366"/>
        <source>%1 is not a list of entries</source>
        <translation>%1 ist keine Liste von Einträgen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="374"/>
        <source>%1 is not an entry object</source>
        <translation>%1 ist kein Eintragsobjekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="384"/>
        <source>%1 appears twice (also entries[%2]); one entry per date</source>
        <translation>%1 kommt doppelt vor (auch entries[%2]); nur ein Eintrag pro Datum</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="398"/>
        <source>%1 is not a list of scores</source>
        <translation>%1 ist keine Liste von Werten</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="400"/>
        <source>%1 scores, expected at most 5</source>
        <translation>%1 Werte, erwartet werden höchstens 5</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="408"/>
        <source>%1 is not a whole number 0..10</source>
        <translation>%1 ist keine ganze Zahl im Bereich 0..10</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="423"/>
        <source>%1 is not the mean of activity_scores (%2); the value given is kept</source>
        <translation>%1 ist nicht der Mittelwert von activity_scores (%2); der angegebene Wert wird beibehalten</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="505"/>
        <source>%1 is not a list of sessions</source>
        <translation>%1 ist keine Liste von Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="512"/>
        <source>%1 is not a session object</source>
        <translation>%1 ist kein Sitzungsobjekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="522"/>
        <source>%1 is more than a year before the pain began (%2); a session of this episode cannot be dated before %3</source>
        <translation>%1 liegt mehr als ein Jahr vor Beginn der Schmerzen (%2); eine Sitzung dieser Episode kann nicht vor dem %3 liegen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="552"/>
        <source>%1 is not a list of alerts</source>
        <translation>%1 ist keine Liste von Warnhinweisen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="560"/>
        <source>%1 is not an alert object</source>
        <translation>%1 ist kein Warnhinweisobjekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="568"/>
        <source>missing, expected a rule id</source>
        <translation>fehlt, erwartet wird eine Regel-ID</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="571"/>
        <source>%1 is not a known rule id</source>
        <translation>%1 ist keine bekannte Regel-ID</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="585"/>
        <source>%1 is not one of &quot;emergency&quot;, &quot;urgent&quot;, &quot;stop-massage&quot;, &quot;see-doctor&quot;, &quot;clearance&quot;, &quot;info&quot;</source>
        <translation>%1 ist keiner der Werte &quot;emergency&quot;, &quot;urgent&quot;, &quot;stop-massage&quot;, &quot;see-doctor&quot;, &quot;clearance&quot;, &quot;info&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="694"/>
        <source>the key &quot;%1&quot; appears twice in one object; each key may appear once</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor; jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="750"/>
        <source>a control character (U+%1) inside a string; write it as an escape such as \n</source>
        <translation>ein Steuerzeichen (U+%1) in einer Zeichenkette; schreiben Sie es als Escape-Sequenz wie \n</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="770"/>
        <source>\%1 is not an escape JSON knows; write a backslash as \\</source>
        <translation>\%1 ist keine Escape-Sequenz, die JSON kennt; schreiben Sie einen Backslash als \\</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="782"/>
        <source>\u is not followed by four hexadecimal digits</source>
        <translation>auf \u folgen nicht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="788"/>
        <source>\u%1 is half of a surrogate pair, not a character</source>
        <translation>\u%1 ist die Hälfte eines Surrogatpaars, kein Zeichen</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="837"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="866"/>
        <source>version: missing, expected 1 or 2</source>
        <translation>version: fehlt, erwartet wird 1 oder 2</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="871"/>
        <source>version: %1 is not supported (this version of BackLog reads versions 1 to %2)</source>
        <translation>version: %1 wird nicht unterstützt (diese Version von BackLog liest die Versionen 1 bis %2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="598"/>
        <source>%1 is before the alert&apos;s date %2</source>
        <translation>%1 liegt vor dem Datum %2 des Warnhinweises</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="607"/>
        <source>alert %1 on %2 appears twice</source>
        <translation>Warnhinweis %1 am %2 kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="833"/>
        <source>the file is empty; expected an exchange bundle (JSON)</source>
        <translation>die Datei ist leer; erwartet wird eine Austauschdatei (JSON)</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="845"/>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="851"/>
        <source>the top level is not an object; expected an exchange bundle</source>
        <translation>die oberste Ebene ist kein Objekt; erwartet wird eine Austauschdatei</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="857"/>
        <source>format: missing, expected &quot;backlog-exchange&quot;</source>
        <translation>format: fehlt, erwartet wird &quot;backlog-exchange&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="861"/>
        <source>format: %1 is not &quot;backlog-exchange&quot;</source>
        <translation>format: %1 ist nicht &quot;backlog-exchange&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="868"/>
        <source>version: %1 is not a whole number</source>
        <translation>version: %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="888"/>
        <source>%1 is not a date-time such as 2026-11-21T10:00:00Z</source>
        <translation>%1 ist keine Datums- und Zeitangabe wie 2026-11-21T10:00:00Z</translation>
    </message>
    <message>
        <location filename="../core/exchange/BundleReader.cpp" line="927"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="56"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="63"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="81"/>
        <location filename="../app/CommandLineArguments.cpp" line="96"/>
        <source>%1: unknown option %2</source>
        <translation>%1: unbekannte Option %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="102"/>
        <location filename="../app/CommandLineArguments.cpp" line="114"/>
        <source>%1: option %2 needs a value</source>
        <translation>%1: Option %2 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="109"/>
        <source>%1: option %2 is given twice</source>
        <translation>%1: Option %2 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="122"/>
        <source>%1: missing the file argument</source>
        <translation>%1: das Dateiargument fehlt</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="127"/>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="20"/>
        <source>%1: &quot;%2&quot; is not a valid date YYYY-MM-DD (years 1900..2199)</source>
        <translation>%1: &quot;%2&quot; ist kein gültiges Datum im Format YYYY-MM-DD (Jahre 1900..2199)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="94"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../core/DiaryService.cpp" line="520"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="137"/>
        <source>%1: no such diary; a CSV file holds no episode, so it can only be imported into a diary that has one. Set the diary up in BackLog or import an exchange bundle (.backlog.json) first</source>
        <translation>%1: Tagebuch nicht gefunden; eine CSV-Datei enthält keine Episode und kann daher nur in ein Tagebuch importiert werden, das bereits eine hat. Richten Sie das Tagebuch zuerst in BackLog ein oder importieren Sie zuerst eine Austauschdatei (.backlog.json)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="158"/>
        <source>Imported %1 sessions from %2 into %3 (%4 already in the diary)</source>
        <translation>%1 Sitzungen aus %2 in %3 importiert (%4 bereits im Tagebuch)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="173"/>
        <source>Imported %1 entries, %2 sessions and %3 alerts from %4 into %5</source>
        <translation>%1 Einträge, %2 Sitzungen und %3 Warnhinweise aus %4 in %5 importiert</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="182"/>
        <source>export: --paper %1 is not a paper size (expected a4 or letter)</source>
        <translation>export: --paper %1 ist kein Papierformat (erwartet: a4 oder letter)</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="191"/>
        <source>export: --notes %1 is not yes or no</source>
        <translation>export: --notes %1 ist weder yes noch no</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="154"/>
        <source>export: --from %1 is after --to %2</source>
        <translation>export: --from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="64"/>
        <source>unknown command &quot;%1&quot; (expected evaluate, analyse, import or export)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (erwartet: evaluate, analyse, import oder export)</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="159"/>
        <source>export: --format is required (json, csv, fhir, pdf or png)</source>
        <translation>export: --format ist erforderlich (json, csv, fhir, pdf oder png)</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="164"/>
        <source>export: -o FILE is required</source>
        <translation>export: -o FILE ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="170"/>
        <source>export: unknown format &quot;%1&quot; (expected json, csv, fhir, pdf or png)</source>
        <translation>export: unbekanntes Format &quot;%1&quot; (erwartet: json, csv, fhir, pdf oder png)</translation>
    </message>
    <message>
        <location filename="../app/CommandLineArguments.cpp" line="198"/>
        <source>export: --paper and --notes are options of the pdf format</source>
        <translation>export: --paper und --notes sind Optionen des Formats pdf</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="21"/>
        <source>Usage:
  backlog-cli evaluate BUNDLE.json [--as-of YYYY-MM-DD]
  backlog-cli analyse BUNDLE.json [--as-of YYYY-MM-DD]
  backlog-cli import FILE [--db PATH]
  backlog-cli export --format json|csv|fhir|pdf|png -o FILE [--db PATH]
                     [--from DATE] [--to DATE]
  backlog-cli --help | --version

Commands:
  evaluate  Print the plan position, scores, adherence and safety alerts of an
            exchange bundle as JSON. Touches no diary.
  analyse   Print whether pain is lower on the two days after a massage
            session than the diary predicts without one (&quot;is massage helping
            me?&quot;), with its 95 % interval, as JSON. Touches no diary.
  import    Import into the diary, all or nothing: an exchange bundle
            (.backlog.json), or a CSV file (.csv) of daily entries (columns by
            name, at least date and pain; a row changes only the fields of its
            columns in the entry of its date) or of sessions (at least date and
            minutes). A CSV file
            holds no episode, so it goes only into a diary that has one.
  export    Write the diary to FILE, atomically.

Export formats:
  json      The exchange bundle: everything, lossless.
  csv       The daily entries to FILE and the sessions to a second file next
            to it, named after FILE without .csv plus -sessions.csv (for
            -o diary.csv: diary-sessions.csv).
  fhir      A FHIR R4 Bundle (JSON) of the patient, pain and function
            observations, sessions and alerts.
  pdf       The report for the physiotherapist (--paper a4|letter, the
            locale&apos;s by default; --notes yes to include the daily notes).
  png       The progress chart alone, 1280 x 800 pixels, of the whole program
            up to --to (--from does not cut the chart or the report&apos;s chart).

Options:
  --db PATH         The diary file (default: %1)
  --as-of DATE      Evaluate as of this date (default: the latest entry or
                    session)
  --format FORMAT   Export format: json, csv, fhir, pdf or png
  -o, --output FILE Where to write the export
  --paper SIZE      Paper of the pdf report: a4 or letter
  --notes yes|no    Whether the pdf report includes the daily notes (no)
  --from DATE       Export only what is dated on or after DATE
  --to DATE         Export only what is dated on or before DATE
  -h, --help        Show this help
  --version         Show the version

Dates are written YYYY-MM-DD.
Exit status: 0 on success, 2 on bad input, 1 on any other failure.
</source>
        <translation>Aufruf:
  backlog-cli evaluate BUNDLE.json [--as-of YYYY-MM-DD]
  backlog-cli analyse BUNDLE.json [--as-of YYYY-MM-DD]
  backlog-cli import FILE [--db PATH]
  backlog-cli export --format json|csv|fhir|pdf|png -o FILE [--db PATH]
                     [--from DATE] [--to DATE]
  backlog-cli --help | --version

Befehle:
  evaluate  Gibt Planposition, Werte, Umsetzung und Warnhinweise zur Sicherheit
            einer Austauschdatei als JSON aus. Greift auf kein Tagebuch zu.
  analyse   Gibt als JSON aus, ob die Schmerzen an den zwei Tagen nach einer
            Massagesitzung geringer sind, als das Tagebuch ohne Sitzung erwarten
            lässt („Hilft mir die Massage?“), mit 95-%-Intervall. Greift auf kein
            Tagebuch zu.
  import    Importiert in das Tagebuch, ganz oder gar nicht: eine
            Austauschdatei (.backlog.json) oder eine CSV-Datei (.csv) mit
            Tageseinträgen (Spalten nach Namen, mindestens date und pain; eine
            Zeile ändert im Eintrag ihres Datums nur die Felder ihrer Spalten)
            oder mit Sitzungen (mindestens date und minutes). Eine CSV-Datei enthält
            keine Episode und kann daher nur in ein Tagebuch importiert
            werden, das bereits eine hat.
  export    Schreibt das Tagebuch atomar in FILE.

Exportformate:
  json      Die Austauschdatei: alles, verlustfrei.
  csv       Die Tageseinträge in FILE und die Sitzungen in eine zweite Datei
            daneben, benannt nach FILE ohne .csv plus -sessions.csv (bei
            -o diary.csv: diary-sessions.csv).
  fhir      Ein FHIR R4 Bundle (JSON) mit Patient:in, Beobachtungen zu
            Schmerz und Funktion, Sitzungen und Warnhinweisen.
  pdf       Der Bericht für Physiotherapeut:in (--paper a4|letter, Standard
            gemäß Gebietsschema; --notes yes, um die täglichen Notizen
            aufzunehmen).
  png       Nur das Verlaufsdiagramm, 1280 x 800 Pixel, über das gesamte
            Programm bis --to (--from kürzt weder dieses Diagramm noch das
            Diagramm im Bericht).

Optionen:
  --db PATH         Die Tagebuchdatei (Standard: %1)
  --as-of DATE      Auswertung zu diesem Datum (Standard: der letzte Eintrag
                    oder die letzte Sitzung)
  --format FORMAT   Exportformat: json, csv, fhir, pdf oder png
  -o, --output FILE Wohin der Export geschrieben wird
  --paper SIZE      Papierformat des pdf-Berichts: a4 oder letter
  --notes yes|no    Ob der pdf-Bericht die täglichen Notizen enthält (no)
  --from DATE       Nur exportieren, was ab DATE (einschließlich) datiert ist
  --to DATE         Nur exportieren, was bis DATE (einschließlich) datiert ist
  -h, --help        Diese Hilfe anzeigen
  --version         Die Version anzeigen

Datumsangaben werden als YYYY-MM-DD geschrieben.
Exit-Status: 0 bei Erfolg, 2 bei ungültiger Eingabe, 1 bei jedem anderen Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="165"/>
        <source>Imported %1 entries from %2 into %3 (%4 new, %5 merged into the entry of their date)</source>
        <translation>%1 Einträge aus %2 in %3 importiert (%4 neu, %5 mit dem Eintrag ihres Datums zusammengeführt)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="207"/>
        <source>export: the %1 format needs Qt&apos;s drawing classes; run it through backlog-cli</source>
        <translation>export: das Format %1 benötigt die Zeichenklassen von Qt; führen Sie den Export mit backlog-cli aus</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="240"/>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="252"/>
        <source>Exported the chart to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="263"/>
        <source>Exported %1 entries to %2 and %3 sessions to %4</source>
        <translation>%1 Einträge nach %2 und %3 Sitzungen nach %4 exportiert</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="270"/>
        <source>Exported %1 entries, %2 sessions and %3 alerts to %4</source>
        <translation>%1 Einträge, %2 Sitzungen und %3 Warnhinweise nach %4 exportiert</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="301"/>
        <source>Try &apos;backlog-cli --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;backlog-cli --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli_main.cpp" line="58"/>
        <source>%1: is not valid UTF-8; BackLog reads and writes only files whose names are</source>
        <translation>%1: ist kein gültiges UTF-8; BackLog liest und schreibt nur Dateien mit solchen Namen</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="223"/>
        <source>text after the closing double quote; a quoted field ends with its quote, and a double quote inside it is written twice</source>
        <translation>Text nach dem schließenden Anführungszeichen; ein Feld in Anführungszeichen endet mit seinem Anführungszeichen, und ein Anführungszeichen darin wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="236"/>
        <source>a double quote inside a field that does not start with one; put the whole field in double quotes and write the quote twice</source>
        <translation>ein Anführungszeichen (&quot;) in einem Feld, das nicht mit einem Anführungszeichen beginnt; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="246"/>
        <source>the double quote that opens this field is never closed</source>
        <translation>das Anführungszeichen, das dieses Feld öffnet, wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="343"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="346"/>
        <source>line %1, column &quot;%2&quot;</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="388"/>
        <source>missing, expected a date YYYY-MM-DD</source>
        <translation>fehlt, erwartet wird ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="402"/>
        <source>%1 has a two-digit year; write the year in full, as DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>%1 hat eine zweistellige Jahreszahl; schreiben Sie das Jahr vollständig, als TT.MM.JJJJ oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="411"/>
        <source>%1 has a two-digit year; write the year in full, as YYYY-MM-DD</source>
        <translation>%1 hat eine zweistellige Jahreszahl; schreiben Sie das Jahr vollständig, als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="419"/>
        <source>%1 is not a valid date DD.MM.YYYY</source>
        <translation>%1 ist kein gültiges Datum TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="420"/>
        <source>%1 is not a valid date YYYY-MM-DD</source>
        <translation>%1 ist kein gültiges Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="427"/>
        <source>%1 is written %2, but line %3 writes dates as %4; use one form in the whole file</source>
        <translation>%1 ist als %2 geschrieben, aber Zeile %3 schreibt Daten als %4; verwenden Sie eine Form in der ganzen Datei</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="434"/>
        <source>%1 is outside the years 1900..2199</source>
        <translation>%1 liegt außerhalb der Jahre 1900..2199</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="449"/>
        <source>missing, expected a whole number %1..%2</source>
        <translation>fehlt, erwartet wird eine ganze Zahl im Bereich %1..%2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="454"/>
        <source>%1 is not a whole number %2..%3</source>
        <translation>%1 ist keine ganze Zahl im Bereich %2..%3</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="459"/>
        <source>%1 is out of range %2..%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2..%3</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="477"/>
        <source>%1 has a decimal comma; write the decimal point as &quot;.&quot;</source>
        <translation>%1 hat ein Dezimalkomma; schreiben Sie als Dezimalzeichen einen Punkt &quot;.&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="480"/>
        <source>%1 is not a number 0..10</source>
        <translation>%1 ist keine Zahl im Bereich 0..10</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="484"/>
        <source>%1 is out of range 0..10</source>
        <translation>%1 liegt außerhalb des Bereichs 0..10</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="488"/>
        <source>%1 has more than one decimal place</source>
        <translation>%1 hat mehr als eine Nachkommastelle</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="503"/>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="516"/>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="527"/>
        <source>text of %1 characters is longer than %2</source>
        <translation>Text mit %1 Zeichen ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="566"/>
        <source>the file is UTF-16 text; save it as CSV in UTF-8</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als CSV in UTF-8</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="573"/>
        <location filename="../core/exchange/Csv.cpp" line="611"/>
        <source>the file is empty; expected a header row such as &quot;date,pain&quot;</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile wie &quot;date,pain&quot;</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="577"/>
        <source>a NUL byte; this is not a text file</source>
        <translation>ein NUL-Byte; dies ist keine Textdatei</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="581"/>
        <source>not valid UTF-8 text; save the file as CSV in UTF-8</source>
        <translation>kein gültiger UTF-8-Text; speichern Sie die Datei als CSV in UTF-8</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="606"/>
        <source>line %1, field %2</source>
        <translation>Zeile %1, Feld %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="619"/>
        <source>the columns are separated by tabs; BackLog reads comma-separated files</source>
        <translation>die Spalten sind durch Tabulatoren getrennt; BackLog liest Dateien, deren Spalten durch Kommas getrennt sind</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="627"/>
        <source>column %1 has no name; ignored</source>
        <translation>Spalte %1 hat keinen Namen; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="631"/>
        <source>unknown column, ignored</source>
        <translation>unbekannte Spalte, ignoriert</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="635"/>
        <source>appears twice in the header (columns %1 and %2)</source>
        <translation>kommt in der Kopfzeile doppelt vor (Spalten %1 und %2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="648"/>
        <source>the required column &quot;%1&quot; is missing (the header has: %2)</source>
        <translation>die erforderliche Spalte &quot;%1&quot; fehlt (die Kopfzeile enthält: %2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="658"/>
        <source>expected %1 values as in the header, found %2</source>
        <translation>erwartet werden %1 Werte wie in der Kopfzeile, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="666"/>
        <source>the file has a header row and nothing else</source>
        <translation>die Datei enthält nur eine Kopfzeile und sonst nichts</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="712"/>
        <source>%1 appears twice (also line %2); one entry per date</source>
        <translation>%1 kommt doppelt vor (auch Zeile %2); nur ein Eintrag pro Datum</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="128"/>
        <source>%1: is a folder, not a diary file</source>
        <translation>%1: ist ein Ordner, keine Tagebuchdatei</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="131"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="135"/>
        <source>%1: the file is empty (0 bytes): it is not a BackLog diary, or it was truncated</source>
        <translation>%1: die Datei ist leer (0 Bytes): sie ist kein BackLog-Tagebuch, oder sie wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="142"/>
        <source>%1: not a BackLog diary: the file is not a SQLite database (it is damaged or another kind of file)</source>
        <translation>%1: kein BackLog-Tagebuch: die Datei ist keine SQLite-Datenbank (sie ist beschädigt oder eine andere Art von Datei)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="153"/>
        <source>%1: the diary is damaged: its header is corrupt (page size %2)</source>
        <translation>%1: das Tagebuch ist beschädigt: sein Dateikopf ist fehlerhaft (Seitengröße %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="157"/>
        <source>%1: the diary is damaged: its size (%2 bytes) is not a whole number of pages; it may have been truncated</source>
        <translation>%1: das Tagebuch ist beschädigt: seine Größe (%2 Bytes) ist kein ganzzahliges Vielfaches der Seitengröße; es wurde möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="167"/>
        <source>%1: the diary is damaged: it holds %2 bytes of the %3 it should; it was truncated</source>
        <translation>%1: das Tagebuch ist beschädigt: es enthält %2 der erwarteten %3 Bytes; es wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="175"/>
        <source>%1: not a BackLog diary: it is a SQLite database of another application</source>
        <translation>%1: kein BackLog-Tagebuch: die Datei ist eine SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="182"/>
        <source>%1: the diary was written by a newer version of BackLog (diary version %2; this version reads up to %3). Open it with the newer version, or restore a backup.</source>
        <translation>%1: das Tagebuch wurde von einer neueren Version von BackLog geschrieben (Tagebuchversion %2; diese Version liest bis Version %3). Öffnen Sie es mit der neueren Version, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="222"/>
        <source>no answer from the integrity check</source>
        <translation>keine Antwort von der Integritätsprüfung</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="268"/>
        <source>%1: the diary cannot be opened: the disk is full or a file beside it cannot be written (%2). The diary is unchanged; free some space and try again.</source>
        <translation>%1: das Tagebuch kann nicht geöffnet werden: der Datenträger ist voll oder eine Datei daneben kann nicht geschrieben werden (%2). Das Tagebuch ist unverändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="275"/>
        <source>%1: the diary is damaged: it cannot be opened (%2)</source>
        <translation>%1: das Tagebuch ist beschädigt: es kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="279"/>
        <location filename="../core/storage/Database.cpp" line="507"/>
        <source>%1: the diary is damaged: %2</source>
        <translation>%1: das Tagebuch ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="315"/>
        <source>HOME is not set, so there is no default place for the diary; set HOME, or name the diary with --db</source>
        <translation>HOME ist nicht gesetzt, daher gibt es keinen Standardort für das Tagebuch; setzen Sie HOME oder nennen Sie das Tagebuch mit --db</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="319"/>
        <source>no diary file was given</source>
        <translation>keine Tagebuchdatei angegeben</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="331"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="335"/>
        <source>%1: the folder %2 cannot be created</source>
        <translation>%1: der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="347"/>
        <source>%1: the diary is read-only; BackLog needs to write to it. Make it writable, or open a copy.</source>
        <translation>%1: das Tagebuch ist schreibgeschützt; BackLog muss hineinschreiben können. Heben Sie den Schreibschutz auf, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="353"/>
        <location filename="../core/storage/Database.cpp" line="473"/>
        <source>%1: no such diary</source>
        <translation>%1: Tagebuch nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="356"/>
        <source>%1: the folder %2 is read-only</source>
        <translation>%1: der Ordner %2 ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="377"/>
        <source>%1: the diary is open in another copy of BackLog, under another name of the same file. Close it there first.</source>
        <translation>%1: Das Tagebuch ist in einer anderen Instanz von BackLog geöffnet, unter einem anderen Namen derselben Datei. Schließen Sie es dort zuerst.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="511"/>
        <source>%1: the diary was written by an older version of BackLog and needs an upgrade; open it in BackLog once, then export it</source>
        <translation>%1: Das Tagebuch wurde von einer älteren Version von BackLog geschrieben und muss aktualisiert werden; öffnen Sie es einmal in BackLog und exportieren Sie es dann</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="539"/>
        <source>%1: the diary is open in another copy of BackLog (process %2 on %3). Close it there first.</source>
        <translation>%1: das Tagebuch ist in einer anderen Instanz von BackLog geöffnet (Prozess %2 auf %3). Schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="543"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="547"/>
        <source>%1: the lock file %2 cannot be written: the disk is full or the folder cannot be written to. The diary is unchanged; free some space and try again.</source>
        <translation>%1: die Sperrdatei %2 kann nicht geschrieben werden: der Datenträger ist voll oder in den Ordner kann nicht geschrieben werden. Das Tagebuch ist unverändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="554"/>
        <source>%1: the lock file %2 cannot be created</source>
        <translation>%1: die Sperrdatei %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="402"/>
        <location filename="../core/storage/Database.cpp" line="425"/>
        <location filename="../core/storage/Database.cpp" line="670"/>
        <source>%1: cannot be created (%2)</source>
        <translation>%1: kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="53"/>
        <source>Other users could read %1; it is now readable by you alone.</source>
        <translation>Andere Benutzer konnten %1 lesen; jetzt können nur Sie es lesen.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="58"/>
        <source>Warning: other users can read %1, and it could not be made private.</source>
        <translation>Warnung: Andere Benutzer können %1 lesen, und es konnte nicht privat gemacht werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="438"/>
        <location filename="../core/storage/Database.cpp" line="686"/>
        <source>%1: cannot be created</source>
        <translation>%1: kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="448"/>
        <location filename="../core/storage/Database.cpp" line="500"/>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="633"/>
        <source>%1: %2 failed (%3)</source>
        <translation>%1: %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="639"/>
        <source>%1: %2 failed: the disk is full or the file cannot be written (%3). Nothing was changed; free some space and try again.</source>
        <translation>%1: %2 fehlgeschlagen: der Datenträger ist voll oder die Datei kann nicht geschrieben werden (%3). Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="680"/>
        <source>copying to %1</source>
        <translation>Kopieren nach %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="772"/>
        <source>%1: the backup folder %2 cannot be created</source>
        <translation>%1: der Sicherungsordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="874"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="884"/>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="900"/>
        <location filename="../core/storage/Database.cpp" line="907"/>
        <source>upgrading the diary to version %1</source>
        <translation>Aktualisieren des Tagebuchs auf Version %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="208"/>
        <location filename="../core/storage/Repositories.cpp" line="278"/>
        <source>reading the episode</source>
        <translation>Lesen der Episode</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="270"/>
        <location filename="../core/storage/Repositories.cpp" line="291"/>
        <source>saving the episode</source>
        <translation>Speichern der Episode</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="303"/>
        <location filename="../core/storage/Repositories.cpp" line="419"/>
        <source>reading an entry</source>
        <translation>Lesen eines Eintrags</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="314"/>
        <location filename="../core/storage/Repositories.cpp" line="330"/>
        <source>reading entries</source>
        <translation>Lesen der Einträge</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="340"/>
        <source>an entry needs a date</source>
        <translation>ein Eintrag braucht ein Datum</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="342"/>
        <source>%1: pain %2 is out of range 0..10</source>
        <translation>%1: Schmerzwert (pain) %2 liegt außerhalb des Bereichs 0..10</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="347"/>
        <source>%1: function %2 is out of range 0..10</source>
        <translation>%1: Funktionswert (function) %2 liegt außerhalb des Bereichs 0..10</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="397"/>
        <source>saving the entry of %1</source>
        <translation>Speichern des Eintrags vom %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="409"/>
        <source>deleting the entry of %1</source>
        <translation>Löschen des Eintrags vom %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="433"/>
        <source>reading sessions</source>
        <translation>Lesen der Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="444"/>
        <source>a session needs a date</source>
        <translation>eine Sitzung braucht ein Datum</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="446"/>
        <source>%1: a session of %2 minutes is out of range 1..600</source>
        <translation>%1: eine Sitzung von %2 Minuten liegt außerhalb des Bereichs 1..600</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="476"/>
        <location filename="../core/storage/Repositories.cpp" line="492"/>
        <location filename="../core/storage/Repositories.cpp" line="512"/>
        <source>saving the session of %1</source>
        <translation>Speichern der Sitzung vom %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="496"/>
        <source>session %1 does not exist</source>
        <translation>Sitzung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="523"/>
        <source>deleting a session</source>
        <translation>Löschen einer Sitzung</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="535"/>
        <source>reading alerts</source>
        <translation>Lesen der Warnhinweise</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="563"/>
        <source>saving an alert</source>
        <translation>Speichern eines Warnhinweises</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="574"/>
        <source>removing an alert</source>
        <translation>Entfernen eines Warnhinweises</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="587"/>
        <source>acknowledging an alert</source>
        <translation>Bestätigen eines Warnhinweises</translation>
    </message>
    <message>
        <location filename="../core/storage/Repositories.cpp" line="589"/>
        <source>there is no alert %1 on %2</source>
        <translation>es gibt keinen Warnhinweis %1 am %2</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <location filename="../core/Diary.cpp" line="199"/>
        <location filename="../core/DiaryService.cpp" line="657"/>
        <source>%1: the diary has no episode yet; set it up in BackLog or import a bundle first</source>
        <translation>%1: das Tagebuch hat noch keine Episode; richten Sie es zuerst in BackLog ein, oder importieren Sie zuerst eine Austauschdatei</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="242"/>
        <source>%1: the diary already has an episode (program start %2); it is kept, and the bundle&apos;s episode header is not imported</source>
        <translation>%1: das Tagebuch hat bereits eine Episode (Programmstart %2); sie wird beibehalten, und die Episodenangaben der Austauschdatei werden nicht importiert</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="328"/>
        <source>%1: the diary has no episode yet; daily entries can only be imported into a diary that has one. Set the diary up in BackLog or import an exchange bundle (.backlog.json) first</source>
        <translation>%1: das Tagebuch hat noch keine Episode; Tageseinträge können nur in ein Tagebuch importiert werden, das bereits eine hat. Richten Sie das Tagebuch zuerst in BackLog ein, oder importieren Sie zuerst eine Austauschdatei (.backlog.json)</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="343"/>
        <source>%1: two entries for %2; one entry per date</source>
        <translation>%1: zwei Einträge für %2; nur ein Eintrag pro Datum</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="363"/>
        <source>%1: the diary has no episode yet; sessions can only be imported into a diary that has one. Set the diary up in BackLog or import an exchange bundle (.backlog.json) first</source>
        <translation>%1: das Tagebuch hat noch keine Episode; Sitzungen können nur in ein Tagebuch importiert werden, das bereits eine hat. Richten Sie das Tagebuch zuerst in BackLog ein, oder importieren Sie zuerst eine Austauschdatei (.backlog.json)</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="401"/>
        <source>%1: the backup folder cannot be created</source>
        <translation>%1: der Sicherungsordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="460"/>
        <source>%1: the folder %2 cannot be created</source>
        <translation>%1: der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="502"/>
        <source>%1: cannot be replaced by the backup</source>
        <translation>%1: kann nicht durch die Sicherung ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="31"/>
        <source>%1: the backup cannot be read</source>
        <translation>%1: die Sicherung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="32"/>
        <source>%1: cannot be written: the disk is full or the folder cannot be written to. Nothing was changed.</source>
        <translation>%1: kann nicht geschrieben werden: der Datenträger ist voll oder in den Ordner kann nicht geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="71"/>
        <location filename="../core/Diary.cpp" line="79"/>
        <source>%1: cannot be moved aside to %2</source>
        <translation>%1: kann nicht nach %2 beiseitegelegt werden</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="813"/>
        <source>reading what the upgrade left to do</source>
        <translation>Lesen der noch ausstehenden Schritte der Aktualisierung</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="825"/>
        <source>recording what the upgrade leaves to do</source>
        <translation>beim Vermerken, was nach der Aktualisierung noch zu tun ist</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="837"/>
        <source>recording that the upgrade is complete</source>
        <translation>Vermerken des Abschlusses der Aktualisierung</translation>
    </message>
    <message>
        <location filename="../core/Diary.cpp" line="424"/>
        <location filename="../core/Diary.cpp" line="487"/>
        <source>%1: this backup cannot be restored: %2</source>
        <translation>%1: diese Sicherung kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="850"/>
        <source>reading the backup</source>
        <translation>Lesen der Sicherung</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="856"/>
        <location filename="../core/storage/Database.cpp" line="862"/>
        <source>restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../core/DiaryService.cpp" line="104"/>
        <source>%1 is open for review: it cannot be changed</source>
        <translation>%1 ist zur Durchsicht geöffnet und kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../core/DiaryService.cpp" line="463"/>
        <source>there is no alert %1 on %2</source>
        <translation>es gibt keinen Warnhinweis %1 am %2</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../core/Files.cpp" line="86"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="88"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="90"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="92"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="135"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="145"/>
        <location filename="../core/Files.cpp" line="153"/>
        <source>%1: writing failed (%2); the file was left as it was</source>
        <translation>%1: Schreiben fehlgeschlagen (%2); die Datei blieb, wie sie war</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="174"/>
        <source>%1: %2 more warnings, not shown</source>
        <translation>%1: %2 weitere Warnungen, nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="211"/>
        <source>No file name was given for the output.</source>
        <translation>Für die Ausgabe wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="213"/>
        <location filename="../core/Files.cpp" line="291"/>
        <source>%1: the file name is not valid UTF-8; choose another name</source>
        <translation>%1: Der Dateiname ist kein gültiges UTF-8; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="219"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="225"/>
        <source>%1: is the diary or one of its own files; choose another name</source>
        <translation>%1: ist das Tagebuch oder eine seiner eigenen Dateien; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="230"/>
        <source>%1: is in the diary&apos;s backup folder; choose another folder</source>
        <translation>%1: liegt im Sicherungsordner des Tagebuchs; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="250"/>
        <source>%1: is a link to %2; choose another name</source>
        <translation>%1: ist eine Verknüpfung auf %2; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="253"/>
        <source>%1: is a link to a database file; choose another name</source>
        <translation>%1: ist eine Verknüpfung auf eine Datenbankdatei; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="260"/>
        <source>%1: is a folder; give the name of the file to write</source>
        <translation>%1: ist ein Ordner; geben Sie den Namen der zu schreibenden Datei an</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="263"/>
        <source>%1: is %2, not a file; choose another name</source>
        <translation>%1: ist %2, keine Datei; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="267"/>
        <source>%1: is a database file (perhaps a diary); choose another name</source>
        <translation>%1: ist eine Datenbankdatei (vielleicht ein Tagebuch); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="310"/>
        <source>%1: could not be saved (%2); the file was left as it was</source>
        <translation>%1: konnte nicht gespeichert werden (%2); die Datei blieb, wie sie war</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="323"/>
        <source>%1: the file name is not valid UTF-8</source>
        <translation>%1: Der Dateiname ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="328"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="330"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="337"/>
        <source>%1: reading failed (%2)</source>
        <translation>%1: Lesen fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../core/Files.cpp" line="342"/>
        <source>%1: is larger than %2 MiB, more than any diary; not read</source>
        <translation>%1: ist größer als %2 MiB, mehr als jedes Tagebuch; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="89"/>
        <source>Cat-cow stretch, 5 minutes</source>
        <translation>Katze-Kuh-Dehnung, 5 Minuten</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="90"/>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="92"/>
        <source>Pelvic tilts lying down, sets of 10</source>
        <translation>Beckenkippen im Liegen, Sätze zu je 10</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="93"/>
        <location filename="../core/clinical/Plan.cpp" line="101"/>
        <location filename="../core/clinical/Plan.cpp" line="104"/>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="95"/>
        <location filename="../core/clinical/Plan.cpp" line="105"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="95"/>
        <location filename="../core/clinical/Plan.cpp" line="106"/>
        <location filename="../core/clinical/Plan.cpp" line="112"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="100"/>
        <source>Bird-dog, sets of 10 each side</source>
        <translation>Bird-Dog (Vierfüßlerstand), Sätze zu je 10 pro Seite</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="103"/>
        <source>Dead bug, sets of 10 each side</source>
        <translation>Dead Bug (Rückenlage), Sätze zu je 10 pro Seite</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="111"/>
        <source>Daily movement routine</source>
        <translation>Tägliches Bewegungsprogramm</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="155"/>
        <source>Acute relief, pain-focused: two massage sessions a week, gentle daily movement and your daily log.</source>
        <translation>Akutphase (Linderung), Schwerpunkt Schmerz: zwei Massagesitzungen pro Woche, tägliche sanfte Bewegung und Ihre täglichen Einträge.</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="157"/>
        <source>Acute relief: two massage sessions a week, now with movement worked into the sessions; gentle daily movement and your daily log.</source>
        <translation>Akutphase (Linderung): zwei Massagesitzungen pro Woche, jetzt mit Bewegung in den Sitzungen; tägliche sanfte Bewegung und Ihre täglichen Einträge.</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="165"/>
        <source>Active work: one massage session a week; core stabilisation and movement retraining take about 70 % of treatment time.</source>
        <translation>Aktive Phase: eine Massagesitzung pro Woche; Rumpfstabilisierung und Bewegungsschulung nehmen etwa 70 % der Behandlungszeit ein.</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="171"/>
        <source>Self-myofascial release</source>
        <translation>Myofasziale Selbstbehandlung</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="172"/>
        <source>times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="174"/>
        <source>Maintenance: a daily movement routine of 20 minutes or more, self-myofascial release 3 times a week, and massage every 2 to 4 weeks as needed.</source>
        <translation>Erhaltungsphase: ein tägliches Bewegungsprogramm von 20 Minuten oder mehr, myofasziale Selbstbehandlung 3-mal pro Woche und Massage alle 2 bis 4 Wochen nach Bedarf.</translation>
    </message>
    <message>
        <location filename="../core/clinical/Plan.cpp" line="179"/>
        <source>The plan starts on its first day.</source>
        <translation>Der Plan beginnt an seinem ersten Tag.</translation>
    </message>
    <message>
        <location filename="../core/clinical/Progress.cpp" line="135"/>
        <source>acute relief</source>
        <translation>Akute Linderung</translation>
    </message>
    <message>
        <location filename="../core/clinical/Progress.cpp" line="137"/>
        <source>active work</source>
        <translation>Aktives Training</translation>
    </message>
    <message>
        <location filename="../core/clinical/Progress.cpp" line="139"/>
        <source>maintenance</source>
        <translation>Erhaltung</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report/ReportWriter.cpp" line="54"/>
        <location filename="../report/ReportWriter.cpp" line="545"/>
        <location filename="../report/ReportWriter.cpp" line="559"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="74"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="75"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="82"/>
        <source>Improving (significant)</source>
        <translation>Deutliche Verbesserung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="84"/>
        <source>Worsening (significant)</source>
        <translation>Deutliche Verschlechterung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="86"/>
        <source>No significant change</source>
        <translation>Keine deutliche Veränderung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="90"/>
        <source>Not known yet (too few entries)</source>
        <translation>Noch nicht bestimmbar (zu wenige Einträge)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="97"/>
        <source>Acute (under 4 weeks at start)</source>
        <translation>Akut (bei Programmbeginn unter 4 Wochen)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="99"/>
        <source>Subacute (4 to 12 weeks at start)</source>
        <translation>Subakut (bei Programmbeginn 4 bis 12 Wochen)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="101"/>
        <source>Chronic (over 12 weeks at start)</source>
        <translation>Chronisch (bei Programmbeginn über 12 Wochen)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="110"/>
        <source>not started</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="113"/>
        <location filename="../report/ReportWriter.cpp" line="785"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="316"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="500"/>
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="538"/>
        <location filename="../report/ReportWriter.cpp" line="1010"/>
        <source>Low back pain rehabilitation report</source>
        <translation>Rehabilitationsbericht bei Kreuzschmerzen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="539"/>
        <source>From the patient&apos;s BackLog diary, for the physiotherapist. BackLog does not diagnose; it supports clinical judgement.</source>
        <translation>Aus dem BackLog-Tagebuch der Patient:in, für die Physiotherapeut:in. BackLog stellt keine Diagnosen; es unterstützt die klinische Beurteilung.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="548"/>
        <source>Week %1, phase %2 (day %3)</source>
        <translation>Woche %1, Phase %2 (Tag %3)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="552"/>
        <source>Not started (starts %1)</source>
        <translation>Noch nicht begonnen (Beginn am %1)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="570"/>
        <source>Patient</source>
        <translation>Patient:in</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="571"/>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="572"/>
        <location filename="../report/ReportWriter.cpp" line="698"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="573"/>
        <source>Pain began (onset)</source>
        <translation>Schmerzbeginn</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="574"/>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="575"/>
        <source>Program start</source>
        <translation>Programmbeginn</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="576"/>
        <source>%1 (day 1)</source>
        <translation>%1 (Tag 1)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="577"/>
        <source>Duration class</source>
        <translation>Beschwerdedauer</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="578"/>
        <source>Days with an entry</source>
        <translation>Tage mit Eintrag</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="579"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="580"/>
        <source>Onboarding ratings</source>
        <translation>Ersteinschätzung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="581"/>
        <source>pain %1, function %2</source>
        <translation>Schmerz %1, Funktion %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="583"/>
        <source>Function scored on</source>
        <translation>Funktionswert</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="562"/>
        <source>a single 0–10 rating</source>
        <translation>eine einzelne Bewertung von 0–10</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/ReportWriter.cpp" line="565"/>
        <source>the mean of %n important activities (PSFS): %1</source>
        <translation>
            <numerusform>Mittelwert aus %n wichtigen Aktivität (PSFS): %1</numerusform>
            <numerusform>Mittelwert aus %n wichtigen Aktivitäten (PSFS): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="567"/>
        <location filename="../report/ReportWriter.cpp" line="751"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/ReportWriter.cpp" line="592"/>
        <source>Needs attention: %n emergency, urgent or stop-massage alert(s) not acknowledged; see the alert log.</source>
        <translation>
            <numerusform>Handlungsbedarf: %n Warnhinweis der Stufe „Notfall“, „Dringend“ oder „Massage stoppen“ ist nicht bestätigt; siehe Abschnitt „Warnhinweise“.</numerusform>
            <numerusform>Handlungsbedarf: %n Warnhinweise der Stufen „Notfall“, „Dringend“ oder „Massage stoppen“ sind nicht bestätigt; siehe Abschnitt „Warnhinweise“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="605"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="606"/>
        <source>Baseline</source>
        <translation>Aus­gangs­wert</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="607"/>
        <source>Now (7-day mean)</source>
        <translation>Aktuell (7-Tage-Mittel)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="608"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="609"/>
        <source>% change</source>
        <translation>Verän­de­rung in %</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="610"/>
        <source>Response status</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="614"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="619"/>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="620"/>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="621"/>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="622"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="625"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="636"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="637"/>
        <source>0 = no pain · lower is better</source>
        <translation>0 = kein Schmerz · niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="639"/>
        <source>Function (0–10)</source>
        <translation>Funktion (0–10)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="640"/>
        <source>10 = as before · higher is better</source>
        <translation>10 = wie vor den Schmerzen · höher ist besser</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="642"/>
        <source>Summary as of %1</source>
        <translation>Zusammenfassung, Stand %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="648"/>
        <source>How these figures are computed. Baseline: the mean of the first 3 entries of program week 1 (the onboarding rating until there are 3). Now: the mean of the last 7 days, given only when at least 4 of them have an entry. Significant improvement in pain: the 7-day mean at least 2 points or at least 30 % below baseline (Ostelo 2008, Farrar 2001); worsening: 2 points or more above it. Function: a change of at least 2 points (PSFS, Stratford 1995). A week is consistent when sessions done / planned and the self-care ratio are both at least 0.75; only weeks that have ended are scored.</source>
        <translation>So werden diese Werte berechnet. Ausgangswert: Mittelwert der ersten 3 Einträge in Programmwoche 1 (solange es weniger als 3 gibt, der Wert der Ersteinschätzung). Aktuell: Mittelwert der letzten 7 Tage, nur angegeben, wenn an mindestens 4 dieser Tage ein Eintrag vorliegt. Deutliche Verbesserung des Schmerzes: 7-Tage-Mittel mindestens 2 Punkte oder mindestens 30 % unter dem Ausgangswert (Ostelo 2008, Farrar 2001); Verschlechterung: 2 Punkte oder mehr darüber. Funktion: Veränderung um mindestens 2 Punkte (PSFS, Stratford 1995). Eine Woche gilt als planmäßig, wenn erledigte / geplante Sitzungen und der Anteil Eigenübungen jeweils mindestens 0,75 betragen; bewertet werden nur abgeschlossene Wochen.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="662"/>
        <source>Progress over the program</source>
        <translation>Verlauf über das Programm</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="674"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="675"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="676"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="677"/>
        <source>Sessions (done / planned)</source>
        <translation>Sitzungen (erledigt / geplant)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="678"/>
        <source>Self-care ratio</source>
        <translation>Anteil Eigenübungen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="679"/>
        <source>Consistent</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="690"/>
        <source>%1 / 0 (massage on hold)</source>
        <translation>%1 / 0 (Massage ausgesetzt)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="693"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="696"/>
        <source>%1 / as needed</source>
        <translation>%1 / nach Bedarf</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="705"/>
        <source>Weekly adherence</source>
        <translation>Umsetzung pro Woche (Therapietreue)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="706"/>
        <source>No program week has ended yet.</source>
        <translation>Bisher ist keine Programmwoche abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="712"/>
        <location filename="../report/ReportWriter.cpp" line="770"/>
        <location filename="../report/ReportWriter.cpp" line="879"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="713"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="714"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="715"/>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="716"/>
        <source>Shooting pain</source>
        <translation>Einschießende Schmerzen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="717"/>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="718"/>
        <location filename="../report/ReportWriter.cpp" line="880"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="737"/>
        <source>shorter than 30–60 min</source>
        <translation>kürzer als 30–60 min</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="739"/>
        <source>longer than 30–60 min</source>
        <translation>länger als 30–60 min</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="741"/>
        <source>above plan this week</source>
        <translation>in dieser Woche mehr als geplant</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="743"/>
        <source>first session outside %1 to %2</source>
        <translation>erste Sitzung außerhalb des Zeitraums %1 bis %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="747"/>
        <source>Logged while massage was on hold: %1.</source>
        <translation>Eingetragen, während Massage ausgesetzt war: %1.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="750"/>
        <source>Plan check: %1</source>
        <translation>Planprüfung: %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="763"/>
        <source>Massage sessions</source>
        <translation>Massagesitzungen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="764"/>
        <source>No session was logged in this period.</source>
        <translation>In diesem Zeitraum wurde keine Sitzung eingetragen.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="771"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="772"/>
        <source>Rule, and why it fired</source>
        <translation>Regel und Auslöser</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="773"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="792"/>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/ReportWriter.cpp" line="795"/>
        <source>Alerts (%n still raised, listed first)</source>
        <translation>
            <numerusform>Warnhinweise (%n noch offen, zuerst aufgeführt)</numerusform>
            <numerusform>Warnhinweise (%n noch offen, zuerst aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="797"/>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="799"/>
        <source>No alert in this period.</source>
        <translation>Kein Warnhinweis in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="807"/>
        <source>surgery on %1</source>
        <translation>Operation am %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="818"/>
        <source>Began after a fall, accident or other injury</source>
        <translation>Beginn nach Sturz, Unfall oder anderer Verletzung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="821"/>
        <source>Cancer, now or in the past</source>
        <translation>Krebserkrankung, aktuell oder früher</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="822"/>
        <source>Unexplained weight loss or fever with the pain</source>
        <translation>Ungewollter Gewichtsverlust oder Fieber zusammen mit den Schmerzen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="825"/>
        <source>Long-term steroids, weak immunity or IV drug use</source>
        <translation>Langfristige Steroideinnahme, geschwächtes Immunsystem oder i.v. Drogenkonsum</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="828"/>
        <source>Diagnosed disc herniation with leg symptoms</source>
        <translation>Diagnostizierter Bandscheibenvorfall mit Beinsymptomen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="831"/>
        <source>Back surgery in the last 6 weeks</source>
        <translation>Rückenoperation in den letzten 6 Wochen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="833"/>
        <source>Severe osteoporosis</source>
        <translation>Schwere Osteoporose</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="834"/>
        <source>Over 50, first back pain like this</source>
        <translation>Über 50, erstmals solche Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="837"/>
        <source>Signs of inflammatory back pain</source>
        <translation>Anzeichen für entzündliche Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="840"/>
        <source>Infection, spinal injection or operation (3 months)</source>
        <translation>Infektion, Injektion oder Operation an der Wirbelsäule (3 Monate)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="844"/>
        <source>Blood thinners or a bleeding disorder</source>
        <translation>Blutverdünner oder Blutgerinnungsstörung</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="847"/>
        <source>Known aortic aneurysm</source>
        <translation>Bekanntes Aortenaneurysma</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="854"/>
        <source>answered yes on %1</source>
        <translation>am %1 mit Ja beantwortet</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="860"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="861"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="873"/>
        <source>Screening answers (a yes raises its alert)</source>
        <translation>Antworten auf die Eingangsfragen (ein „Ja“ löst den zugehörigen Warnhinweis aus)</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="885"/>
        <source>The patient&apos;s daily notes</source>
        <translation>Tägliche Notizen der Patient:in</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="886"/>
        <source>No note in this period.</source>
        <translation>Keine Notiz in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="895"/>
        <source>Is massage helping? %1</source>
        <translation>Hilft die Massage? %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="899"/>
        <source>Effect on the two days after a session: %1 points (95 % interval %2 to %3; %4; %5 usable sessions; short term only, not cause). Method: %6.</source>
        <translation>Effekt an den zwei Tagen nach einer Sitzung: %1 Punkte (95-%-Intervall %2 bis %3; %4; %5 verwertbare Sitzungen; nur kurzfristig, keine Ursache). Methode: %6.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="967"/>
        <source>The report needs a QApplication (an offscreen one will do).</source>
        <translation>Der Bericht benötigt eine QApplication (eine Offscreen-Instanz genügt).</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="970"/>
        <location filename="../report/ReportWriter.cpp" line="1061"/>
        <source>The episode has no program start date, so there is nothing to report.</source>
        <translation>Die Episode hat kein Datum für den Programmbeginn; daher gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="987"/>
        <source>The report period starts on %1, after its end on %2.</source>
        <translation>Der Berichtszeitraum beginnt am %1, also nach seinem Ende am %2.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="997"/>
        <source>Report as of %1</source>
        <translation>Bericht, Stand %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="998"/>
        <source>%1 · report as of %2</source>
        <translation>%1 · Bericht, Stand %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="1000"/>
        <source>Generated %1 by BackLog %2</source>
        <translation>Erstellt %1 mit BackLog %2</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="1011"/>
        <source>Low back pain rehabilitation report: %1</source>
        <translation>Rehabilitationsbericht bei Kreuzschmerzen: %1</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="1017"/>
        <source>The report cannot be laid out on this paper.</source>
        <translation>Der Bericht kann auf diesem Papierformat nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../report/ReportWriter.cpp" line="1036"/>
        <location filename="../report/ReportWriter.cpp" line="1041"/>
        <source>The report could not be drawn.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="44"/>
        <source>Answered yes in the screening questions.</source>
        <translation>Bei den Eingangsfragen (Screening) mit Ja beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="71"/>
        <source>Reported in the daily check-in of %1.</source>
        <translation>In der täglichen Abfrage vom %1 angegeben.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="101"/>
        <source>Leg weakness reported on %1.</source>
        <translation>Schwäche im Bein am %1 angegeben.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="158"/>
        <source>Pain prevented sleep on %1 nights of the 7 days up to %2.</source>
        <translation>Schmerzen verhinderten in %1 Nächten der 7 Tage bis zum %2 den Schlaf.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="173"/>
        <source>Reported for the session of %1.</source>
        <translation>Für die Sitzung vom %1 angegeben.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="205"/>
        <source>Severe stiffness on %1, %2 days after the session of %3.</source>
        <translation>Starke Steifigkeit am %1, %2 Tage nach der Sitzung vom %3.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="221"/>
        <source>A reaction to the session of %1 was still present on %2, %3 days later.</source>
        <translation>Eine Reaktion auf die Sitzung vom %1 bestand am %2 noch immer, %3 Tage später.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="242"/>
        <source>Pain %1 the day after the session of %2, against %3 the day before it.</source>
        <translation>Schmerz %1 am Tag nach der Sitzung vom %2, gegenüber %3 am Tag davor.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="272"/>
        <source>Session on %1, before the end of the post-surgery hold on %2.</source>
        <translation>Sitzung am %1, vor dem Ende der Massagepause nach der Operation (Ende: %2).</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="284"/>
        <source>Session of %1 minutes on %2.</source>
        <translation>Sitzung von %1 Minuten am %2.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="303"/>
        <location filename="../core/clinical/RuleTable.cpp" line="304"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="319"/>
        <source>%1 of the first 8 weeks were consistent with the plan.</source>
        <translation>Planmäßig verlaufene Wochen unter den ersten 8: %1.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="41"/>
        <source>Answered yes in the screening questions on %1.</source>
        <translation>Bei den Eingangsfragen (Screening) am %1 mit Ja beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="112"/>
        <source>Leg weakness reported as worse than at the last report on %1.</source>
        <translation>Schwäche im Bein am %1 angegeben, stärker als bei der letzten Angabe.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="136"/>
        <source>Fever reported on %1, with long-term steroids, a weakened immune system or injected drug use answered yes on %2.</source>
        <translation>Fieber am %1 angegeben; die Frage nach langfristiger Einnahme von Steroiden, einem geschwächten Immunsystem oder dem Spritzen von Drogen wurde am %2 mit Ja beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="141"/>
        <source>Fever reported on %1, within 90 days of a recent infection, spinal injection or operation answered yes on %2.</source>
        <translation>Fieber am %1 angegeben, innerhalb von 90 Tagen, nachdem die Frage nach einer kürzlichen Infektion, Injektion an der Wirbelsäule oder Operation am %2 mit Ja beantwortet wurde.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="259"/>
        <source>Session on %1 while massage was on hold because of %2.</source>
        <translation>Sitzung am %1, während die Massage wegen %2 ausgesetzt war.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="301"/>
        <source>Recent mean pain %1 against a baseline of %2 on %3.</source>
        <translation>Schmerz im aktuellen Mittel %1 gegenüber einem Ausgangswert von %2 (am %3).</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="336"/>
        <source>Recent mean function fell from %1 to %2 between %3 and %4 while pain went from %5 to %6.</source>
        <translation>Funktion im aktuellen Mittel zwischen %3 und %4 von %1 auf %2 gesunken; der Schmerz lag in dieser Zeit erst bei %5, dann bei %6.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="361"/>
        <source>Recent mean pain %1 on %2 against %3 two weeks earlier.</source>
        <translation>Schmerz im aktuellen Mittel %1 am %2 gegenüber %3 zwei Wochen zuvor.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="376"/>
        <source>Mean pain %1 over the %2 entries of the 14 days up to %3.</source>
        <translation>Schmerz im Mittel %1 über die %2 Einträge der 14 Tage bis zum %3.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="398"/>
        <source>Recent mean pain %1 on %2 and %3 two weeks earlier.</source>
        <translation>Schmerz im aktuellen Mittel %1 am %2 und %3 zwei Wochen zuvor.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="425"/>
        <source>No entry on %1, %2 or %3.</source>
        <translation>Kein Eintrag am %1, %2 oder %3.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="430"/>
        <source>Finucane et al. 2020, International framework for red flags for potential serious spinal pathologies (JOSPT); NICE NG59 (2016)</source>
        <translation>Finucane et al. 2020, International framework for red flags for potential serious spinal pathologies (JOSPT); NICE NG59 (2016)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="433"/>
        <source>Finucane et al. 2020 (JOSPT); GIRFT national suspected cauda equina pathway (2023); NICE NG59 (2016)</source>
        <translation>Finucane et al. 2020 (JOSPT); GIRFT national suspected cauda equina pathway (2023); NICE NG59 (2016)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="436"/>
        <source>Chou et al. 2007 and Qaseem et al. 2017 (ACP guideline); Finucane et al. 2020 (JOSPT)</source>
        <translation>Chou et al. 2007 und Qaseem et al. 2017 (ACP-Leitlinie); Finucane et al. 2020 (JOSPT)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="439"/>
        <source>Furlan et al. 2015, Cochrane review of massage for low back pain (adverse events); clinical safety consensus for massage therapy</source>
        <translation>Furlan et al. 2015, Cochrane-Review zu Massage bei Kreuzschmerzen (unerwünschte Ereignisse); klinischer Sicherheitskonsens für Massagetherapie</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="442"/>
        <source>Ostelo et al. 2008 (minimal important change); Farrar et al. 2001; Qaseem et al. 2017 (ACP guideline); NICE NG59 (2016)</source>
        <translation>Ostelo et al. 2008 (kleinste klinisch relevante Veränderung); Farrar et al. 2001; Qaseem et al. 2017 (ACP-Leitlinie); NICE NG59 (2016)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="446"/>
        <source>Stratford et al. 1995 (Patient-Specific Functional Scale)</source>
        <translation>Stratford et al. 1995 (Patient-Specific Functional Scale)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="447"/>
        <source>Chou &amp; Huffman 2007 (APS/ACP); NICE NG59 (2016): massage only alongside exercise</source>
        <translation>Chou &amp; Huffman 2007 (APS/ACP); NICE NG59 (2016): Massage nur zusammen mit Übungen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="450"/>
        <source>Sieper et al. 2009 (ASAS criteria for inflammatory back pain); NICE NG65 (2017, spondyloarthritis); Finucane et al. 2020 (JOSPT)</source>
        <translation>Sieper et al. 2009 (ASAS-Kriterien für entzündliche Rückenschmerzen); NICE NG65 (2017, Spondyloarthritis); Finucane et al. 2020 (JOSPT)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="453"/>
        <source>Clinical safety consensus for massage therapy (precautions: anticoagulation, aortic aneurysm); Finucane et al. 2020 (JOSPT)</source>
        <translation>Klinischer Sicherheitskonsens für Massagetherapie (Vorsichtsmaßnahmen: Antikoagulation, Aortenaneurysma); Finucane et al. 2020 (JOSPT)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="460"/>
        <source>If it has not settled within 3 days, or comes with numbness, weakness, bladder or bowel changes, do the symptom check now and contact a doctor.</source>
        <translation>Wenn sich die Beschwerden nicht innerhalb von 3 Tagen gelegt haben oder wenn Taubheit, Schwäche oder Veränderungen bei Blase oder Darm hinzukommen, machen Sie jetzt die Symptomabfrage und wenden Sie sich an eine Ärztin oder einen Arzt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="473"/>
        <source>Pain after a fall, accident or injury</source>
        <translation>Schmerzen nach Sturz, Unfall oder Verletzung</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="480"/>
        <source>History of cancer</source>
        <translation>Krebserkrankung in der Vorgeschichte</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="486"/>
        <source>Weight loss or fever with the back pain</source>
        <translation>Gewichtsverlust oder Fieber zusammen mit Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="493"/>
        <source>Steroids, weak immune system or injected drugs</source>
        <translation>Steroide, geschwächtes Immunsystem oder gespritzte Drogen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="499"/>
        <source>Disc herniation with leg symptoms</source>
        <translation>Bandscheibenvorfall mit Beschwerden im Bein</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="505"/>
        <source>Back surgery in the last 6 weeks</source>
        <translation>Rückenoperation in den letzten 6 Wochen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="510"/>
        <location filename="../core/clinical/RuleTable.cpp" line="713"/>
        <source>Post-operative precautions after spinal surgery (surgeon&apos;s protocol); clinical safety consensus for massage therapy</source>
        <translation>Postoperative Vorsichtsmaßnahmen nach Wirbelsäulenoperationen (chirurgisches Nachbehandlungsprotokoll); klinischer Sicherheitskonsens für Massagetherapie</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="513"/>
        <source>Severe osteoporosis</source>
        <translation>Schwere Osteoporose</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="559"/>
        <source>Numbness around the genitals, buttocks or inner thighs</source>
        <translation>Taubheit im Genitalbereich, am Gesäß oder an den Oberschenkelinnenseiten</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="567"/>
        <source>New bladder problems</source>
        <translation>Neue Blasenprobleme</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="574"/>
        <source>New loss of bowel control</source>
        <translation>Neuer Verlust der Darmkontrolle</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="580"/>
        <source>Weakness or numbness in both legs</source>
        <translation>Schwäche oder Taubheit in beiden Beinen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="602"/>
        <source>Leg weakness getting worse</source>
        <translation>Zunehmende Schwäche im Bein</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="628"/>
        <source>Numbness or tingling in a leg</source>
        <translation>Taubheit oder Kribbeln in einem Bein</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="614"/>
        <source>Weakness in a leg</source>
        <translation>Schwäche in einem Bein</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="640"/>
        <source>Fever with back pain</source>
        <translation>Fieber mit Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="644"/>
        <source>Unexplained weight loss</source>
        <translation>Ungewollter Gewichtsverlust</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="650"/>
        <source>Pain that prevents sleep</source>
        <translation>Schmerzen, die den Schlaf verhindern</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="655"/>
        <source>Night pain on several nights</source>
        <translation>Nächtliche Schmerzen in mehreren Nächten</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="664"/>
        <source>Shooting pain during massage</source>
        <translation>Einschießende Schmerzen während der Massage</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="670"/>
        <source>Numbness in the legs with massage</source>
        <translation>Taubheit in den Beinen bei Massage</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="676"/>
        <source>Severe stiffness lasting over 48 hours</source>
        <translation>Starke Steifigkeit länger als 48 Stunden</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="682"/>
        <source>Reaction to massage lasting over 72 hours</source>
        <translation>Reaktion auf Massage länger als 72 Stunden</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="689"/>
        <source>Pain flare after a session</source>
        <translation>Schmerzverstärkung nach einer Sitzung</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="709"/>
        <source>Massage within 6 weeks of surgery</source>
        <translation>Massage innerhalb von 6 Wochen nach einer Operation</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="716"/>
        <source>Session shorter than the evidence-based range</source>
        <translation>Sitzung kürzer als der evidenzbasierte Bereich</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="720"/>
        <source>Furlan et al. 2015 (Cochrane); Cherkin et al. 2011</source>
        <translation>Furlan et al. 2015 (Cochrane); Cherkin et al. 2011</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="725"/>
        <source>No improvement after 8 weeks of the plan</source>
        <translation>Keine Verbesserung nach 8 Wochen Plan</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="733"/>
        <source>Pain persists beyond 8 weeks</source>
        <translation>Schmerzen bestehen länger als 8 Wochen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="740"/>
        <source>Function falling while pain is not rising</source>
        <translation>Funktion nimmt ab, obwohl der Schmerz nicht zunimmt</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="747"/>
        <source>Pain worse than at the start</source>
        <translation>Schmerz stärker als zu Beginn</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="765"/>
        <source>Progress has levelled off</source>
        <translation>Der Verlauf stagniert</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="779"/>
        <source>No entries for 3 days</source>
        <translation>Seit 3 Tagen keine Einträge</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="457"/>
        <source>BackLog plan: daily pain and function log</source>
        <translation>BackLog-Plan: tägliche Einträge zu Schmerz und Funktion</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="56"/>
        <source>Back surgery on %1: no massage before %2.</source>
        <translation>Rückenoperation am %1: keine Massage vor dem %2.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="58"/>
        <source>Back surgery in the last 6 weeks, date not given: no massage for 42 days from %1, that is before %2.</source>
        <translation>Rückenoperation in den letzten 6 Wochen, Datum nicht angegeben: 42 Tage ab dem %1 keine Massage, also nicht vor dem %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/RuleTable.cpp" line="413"/>
        <source>%n entries in the 14 days up to %1.</source>
        <translation>
            <numerusform>%n Eintrag in den 14 Tagen bis zum %1.</numerusform>
            <numerusform>%n Einträge in den 14 Tagen bis zum %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="474"/>
        <source>Back pain that began with a fall, accident or other significant injury needs a doctor to rule out a fracture before massage or exercise.</source>
        <translation>Bei Rückenschmerzen, die mit einem Sturz, einem Unfall oder einer anderen erheblichen Verletzung begonnen haben, muss eine Ärztin oder ein Arzt vor Massage oder Übungen einen Knochenbruch ausschließen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="481"/>
        <source>With a history of cancer, new back pain must be checked by a doctor, because it can rarely come from the spine itself.</source>
        <translation>Bei einer Krebserkrankung in der Vorgeschichte müssen neue Rückenschmerzen ärztlich abgeklärt werden, weil sie in seltenen Fällen von der Wirbelsäule selbst ausgehen können.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="487"/>
        <source>Unexplained weight loss or fever together with back pain can be a sign of infection or another illness.</source>
        <translation>Ungewollter Gewichtsverlust oder Fieber zusammen mit Rückenschmerzen kann ein Zeichen für eine Infektion oder eine andere Erkrankung sein.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="494"/>
        <source>Long-term steroids, a weakened immune system or injected drug use raise the risk of spinal infection and fracture.</source>
        <translation>Langfristige Einnahme von Steroiden, ein geschwächtes Immunsystem oder das Spritzen von Drogen erhöhen das Risiko für eine Infektion und einen Bruch der Wirbelsäule.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="500"/>
        <source>With a diagnosed disc herniation and pain, numbness or tingling in the leg, deep pressure near the spine may irritate the nerve.</source>
        <translation>Bei einem diagnostizierten Bandscheibenvorfall mit Schmerzen, Taubheit oder Kribbeln im Bein kann tiefer Druck nahe der Wirbelsäule den Nerv reizen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="506"/>
        <source>After back surgery the tissues need about 6 weeks to heal, so massage is held until 42 days after the operation (from the day of the answer when the date of the operation is not given).</source>
        <translation>Nach einer Rückenoperation braucht das Gewebe etwa 6 Wochen, um zu heilen, daher ist Massage bis 42 Tage nach der Operation ausgesetzt (gerechnet ab dem Tag der Antwort, wenn das Datum der Operation nicht angegeben ist).</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="514"/>
        <source>With severe osteoporosis firm pressure can break a bone, so massage needs a gentle technique.</source>
        <translation>Bei schwerer Osteoporose kann fester Druck einen Knochen brechen, daher ist bei der Massage eine sanfte Technik nötig.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="519"/>
        <source>First back pain like this after 50</source>
        <translation>Erstmals solche Rückenschmerzen im Alter über 50</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="520"/>
        <source>Back pain that appears for the first time after the age of 50 has a cause other than strain more often, and a doctor should look for one.</source>
        <translation>Rückenschmerzen, die erstmals im Alter über 50 Jahren auftreten, haben häufiger eine andere Ursache als eine Überlastung, und eine Ärztin oder ein Arzt sollte nach ihr suchen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="526"/>
        <source>Signs of inflammatory back pain</source>
        <translation>Anzeichen für entzündliche Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="527"/>
        <source>Back pain that began before 45, has lasted 3 months or more and comes with long morning stiffness that eases with movement can mean an inflammatory back condition, which needs its own treatment.</source>
        <translation>Rückenschmerzen, die im Alter unter 45 Jahren begonnen haben, seit 3 Monaten oder länger bestehen und mit langer Morgensteifigkeit einhergehen, die bei Bewegung nachlässt, können auf eine entzündliche Erkrankung des Rückens hinweisen, die eine eigene Behandlung braucht.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="535"/>
        <source>Recent infection, spinal injection or operation</source>
        <translation>Kürzliche Infektion, Injektion an der Wirbelsäule oder Operation</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="536"/>
        <source>A bacterial infection, spinal injection or spinal operation in the last 3 months raises the risk of an infection in the spine, so a fever in the coming weeks needs attention at once.</source>
        <translation>Eine bakterielle Infektion, eine Injektion an der Wirbelsäule oder eine Wirbelsäulenoperation in den letzten 3 Monaten erhöht das Risiko für eine Infektion der Wirbelsäule, daher muss Fieber in den kommenden Wochen sofort beachtet werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="543"/>
        <source>Blood-thinning medicine or a bleeding disorder</source>
        <translation>Blutverdünner oder Blutgerinnungsstörung</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="544"/>
        <source>With blood-thinning medicine or a bleeding disorder firm pressure can cause bleeding under the skin, so massage needs a gentle technique.</source>
        <translation>Bei Einnahme von Blutverdünnern oder bei einer Blutgerinnungsstörung kann fester Druck Blutungen unter der Haut verursachen, daher ist bei der Massage eine sanfte Technik nötig.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="550"/>
        <source>Known aortic aneurysm</source>
        <translation>Bekanntes Aortenaneurysma</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="551"/>
        <source>With a known aortic aneurysm, deep pressure on the belly or the psoas muscle must be avoided.</source>
        <translation>Bei einem bekannten Aortenaneurysma muss tiefer Druck auf den Bauch oder den Psoasmuskel (großer Lendenmuskel) vermieden werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="560"/>
        <source>Numbness or tingling around the genitals, buttocks or inner thighs can mean pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment within hours to prevent permanent damage.</source>
        <translation>Taubheit oder Kribbeln im Genitalbereich, am Gesäß oder an den Oberschenkelinnenseiten (Reithosenbereich) kann bedeuten, dass Nerven am unteren Ende der Wirbelsäule unter Druck stehen (Cauda-equina-Syndrom); das muss innerhalb von Stunden behandelt werden, um bleibende Schäden zu verhindern.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="568"/>
        <source>New difficulty passing urine, leaking, or not feeling the bladder can mean pressure on the nerves at the base of the spine (cauda equina syndrome).</source>
        <translation>Neue Schwierigkeiten beim Wasserlassen, ungewollter Urinverlust oder fehlendes Gefühl für die Blase können bedeuten, dass Nerven am unteren Ende der Wirbelsäule unter Druck stehen (Cauda-equina-Syndrom).</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="575"/>
        <source>New loss of bowel control or feeling can mean pressure on the nerves at the base of the spine (cauda equina syndrome).</source>
        <translation>Ein neuer Verlust der Kontrolle über den Darm oder des Gefühls für den Darm kann bedeuten, dass Nerven am unteren Ende der Wirbelsäule unter Druck stehen (Cauda-equina-Syndrom).</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="581"/>
        <source>Weakness or numbness in both legs can mean serious pressure on the spinal nerves.</source>
        <translation>Schwäche oder Taubheit in beiden Beinen kann bedeuten, dass die Nerven der Wirbelsäule stark unter Druck stehen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="587"/>
        <source>New loss of genital feeling or sexual function</source>
        <translation>Neuer Verlust des Gefühls im Genitalbereich oder der Sexualfunktion</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="588"/>
        <source>A new loss of feeling in the genitals, or new problems with erection or ejaculation, can mean pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment within hours.</source>
        <translation>Ein neuer Verlust des Gefühls im Genitalbereich oder neue Probleme mit der Erektion oder dem Samenerguss können bedeuten, dass Nerven am unteren Ende der Wirbelsäule unter Druck stehen (Cauda-equina-Syndrom); das muss innerhalb von Stunden behandelt werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="595"/>
        <source>Pain shooting down both legs</source>
        <translation>In beide Beine einschießende Schmerzen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="596"/>
        <source>New or worse pain shooting down both legs can mean pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment within hours.</source>
        <translation>Neue oder stärkere, in beide Beine einschießende Schmerzen können bedeuten, dass Nerven am unteren Ende der Wirbelsäule unter Druck stehen (Cauda-equina-Syndrom); das muss innerhalb von Stunden behandelt werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="603"/>
        <source>Leg weakness that is worse than at the last report can mean a nerve is being damaged, which needs treatment without delay.</source>
        <translation>Eine Schwäche im Bein, die stärker ist als bei der letzten Angabe, kann bedeuten, dass ein Nerv geschädigt wird; das muss ohne Verzögerung behandelt werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="607"/>
        <source>Fever with a raised risk of spinal infection</source>
        <translation>Fieber bei erhöhtem Risiko für eine Infektion der Wirbelsäule</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="608"/>
        <source>Fever together with a weakened immune system, long-term steroids, injected drug use or a recent infection, spinal injection or operation can mean an infection in the spine, which needs treatment at once.</source>
        <translation>Fieber zusammen mit einem geschwächten Immunsystem, langfristiger Einnahme von Steroiden, dem Spritzen von Drogen oder einer kürzlichen Infektion, Injektion an der Wirbelsäule oder Operation kann bedeuten, dass eine Infektion der Wirbelsäule vorliegt; das muss sofort behandelt werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="615"/>
        <source>Weakness in a leg can mean a pressed nerve and needs a doctor&apos;s examination soon; if it gets worse, or both legs are affected, seek emergency care.</source>
        <translation>Eine Schwäche in einem Bein kann bedeuten, dass ein Nerv unter Druck steht, und muss bald ärztlich untersucht werden; wenn sie schlimmer wird oder beide Beine betroffen sind, holen Sie sich Notfallhilfe.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="621"/>
        <source>A new fall or injury to the back</source>
        <translation>Neuer Sturz oder neue Verletzung am Rücken</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="622"/>
        <source>A fall or injury to the back during the programme can cause a fracture or another injury, which a doctor needs to rule out before the next massage or exercise.</source>
        <translation>Ein Sturz oder eine Verletzung am Rücken während des Programms kann einen Knochenbruch oder eine andere Verletzung verursachen, die eine Ärztin oder ein Arzt vor der nächsten Massage oder Übung ausschließen muss.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="629"/>
        <source>Numbness or tingling in a leg suggests an irritated nerve, which massage near the spine could make worse.</source>
        <translation>Taubheit oder Kribbeln in einem Bein deutet auf einen gereizten Nerv hin, den Massage nahe der Wirbelsäule verschlimmern könnte.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="634"/>
        <source>Pain shooting down one leg</source>
        <translation>In ein Bein einschießende Schmerzen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="635"/>
        <source>Pain shooting down one leg below the knee can mean an irritated nerve root, which massage near the spine could make worse.</source>
        <translation>Schmerzen, die in ein Bein bis unterhalb des Knies einschießen, können auf eine gereizte Nervenwurzel hindeuten, die Massage nahe der Wirbelsäule verschlimmern könnte.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="641"/>
        <source>Fever together with back pain can be a sign of infection.</source>
        <translation>Fieber zusammen mit Rückenschmerzen kann ein Zeichen für eine Infektion sein.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="645"/>
        <source>Unexplained weight loss together with back pain needs a doctor to look for its cause.</source>
        <translation>Ungewollter Gewichtsverlust zusammen mit Rückenschmerzen muss ärztlich abgeklärt werden, um die Ursache zu finden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="651"/>
        <source>Pain that keeps you awake at night is worth a professional opinion, because most mechanical back pain eases with rest.</source>
        <translation>Bei Schmerzen, die Sie nachts wach halten, ist eine fachliche Einschätzung sinnvoll, denn die meisten mechanischen Rückenschmerzen lassen in Ruhe nach.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="656"/>
        <source>Pain that prevents sleep on 3 or more nights in a week needs a doctor to rule out a cause other than strain.</source>
        <translation>Schmerzen, die in einer Woche in 3 oder mehr Nächten den Schlaf verhindern, müssen ärztlich abgeklärt werden, um eine andere Ursache als eine Überlastung auszuschließen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="665"/>
        <source>Sharp, shooting pain during a session can mean pressure on a nerve.</source>
        <translation>Scharfe, einschießende Schmerzen während einer Sitzung können bedeuten, dass ein Nerv unter Druck steht.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="671"/>
        <source>Numbness or tingling in the legs during or after a session can mean an irritated nerve.</source>
        <translation>Taubheit oder Kribbeln in den Beinen während oder nach einer Sitzung kann auf einen gereizten Nerv hindeuten.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="677"/>
        <source>Stiffness after massage usually settles within a day or two; severe stiffness after more than 48 hours is not the usual reaction.</source>
        <translation>Steifigkeit nach einer Massage lässt meist innerhalb von ein bis zwei Tagen nach; starke Steifigkeit nach mehr als 48 Stunden ist keine übliche Reaktion.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="683"/>
        <source>More pain, stiffness or soreness still present more than 72 hours after a session is longer than the usual reaction, and your therapist should know of it.</source>
        <translation>Mehr Schmerzen, Steifigkeit oder Muskelkater, die mehr als 72 Stunden nach einer Sitzung noch bestehen, dauern länger als die übliche Reaktion, und Ihre Therapeutin oder Ihr Therapeut sollte davon wissen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="690"/>
        <source>Pain rose by 2 points or more the day after a session, which is common and usually settles in 1 to 2 days; tell your therapist so that the next session can be gentler.</source>
        <translation>Der Schmerz ist am Tag nach einer Sitzung um 2 oder mehr Punkte gestiegen. Das ist häufig und legt sich meist innerhalb von 1 bis 2 Tagen; sagen Sie es Ihrer Therapeutin oder Ihrem Therapeuten, damit die nächste Sitzung sanfter sein kann.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="696"/>
        <source>Strong pain flare after a session</source>
        <translation>Starke Schmerzverstärkung nach einer Sitzung</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="697"/>
        <source>Pain rose by 4 points or more, or to 8 or more, the day after a session, which is more than the usual reaction to massage.</source>
        <translation>Der Schmerz ist am Tag nach einer Sitzung um 4 oder mehr Punkte oder auf 8 oder mehr gestiegen; das ist mehr als die übliche Reaktion auf eine Massage.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="702"/>
        <source>Massage while it was on hold</source>
        <translation>Massage, während sie ausgesetzt war</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="703"/>
        <source>A massage session took place while massage was on hold because of an alert that asks for a medical opinion first, and massage could make its cause worse.</source>
        <translation>Eine Massagesitzung hat stattgefunden, während die Massage wegen eines Warnhinweises ausgesetzt war, der zuerst eine ärztliche Einschätzung verlangt, und Massage könnte dessen Ursache verschlimmern.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="710"/>
        <source>This session was within 42 days of back surgery, while the tissues are still healing.</source>
        <translation>Diese Sitzung fand innerhalb von 42 Tagen nach einer Rückenoperation statt, während das Gewebe noch heilt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="717"/>
        <source>Sessions in the trials lasted 30 to 60 minutes, so what shorter ones do is not known.</source>
        <translation>Die Sitzungen in den Studien dauerten 30 bis 60 Minuten; welche Wirkung kürzere Sitzungen haben, ist daher nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="726"/>
        <source>You followed the plan consistently for 8 weeks and your pain has not improved by a clinically important amount, so ask for a review by a spine specialist to look for other causes and treatments.</source>
        <translation>Sie haben den Plan 8 Wochen lang konsequent befolgt, und Ihre Schmerzen haben sich nicht in klinisch bedeutsamem Maß verbessert; bitten Sie daher um eine Abklärung durch eine Wirbelsäulenspezialistin oder einen Wirbelsäulenspezialisten, um nach anderen Ursachen und Behandlungen zu suchen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="734"/>
        <source>Your pain persists beyond 8 weeks and the plan was not followed consistently in most weeks, so review the plan with your physiotherapist: what got in the way, and what to change.</source>
        <translation>Ihre Schmerzen bestehen länger als 8 Wochen, und der Plan wurde in den meisten Wochen nicht konsequent befolgt; besprechen Sie den Plan daher mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten: Was stand im Weg, und was sollte sich ändern?</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="741"/>
        <source>You can do less of your important activities than two weeks ago although your pain has not risen, and less pain is not the whole story.</source>
        <translation>Sie können Ihre wichtigen Aktivitäten weniger gut ausführen als vor zwei Wochen, obwohl Ihre Schmerzen nicht gestiegen sind, und weniger Schmerz allein sagt nicht alles.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="748"/>
        <source>Your recent average pain is clearly above your baseline (2 points or more, or at 10 out of 10), so the plan needs a review.</source>
        <translation>Ihr aktueller durchschnittlicher Schmerz liegt deutlich über Ihrem Ausgangswert (2 oder mehr Punkte darüber oder bei 10 von 10), daher muss der Plan überprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="753"/>
        <source>Pain rising again</source>
        <translation>Schmerz nimmt wieder zu</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="754"/>
        <source>Your recent average pain is 2 or more points higher than two weeks ago, so what changed needs a review.</source>
        <translation>Ihr aktueller durchschnittlicher Schmerz liegt 2 oder mehr Punkte höher als vor zwei Wochen, daher muss überprüft werden, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="759"/>
        <source>Severe pain for two weeks</source>
        <translation>Starke Schmerzen seit zwei Wochen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="760"/>
        <source>Your pain has averaged 8 or more out of 10 over the last two weeks, which is too much to manage without a review of the treatment.</source>
        <translation>Ihre Schmerzen lagen in den letzten zwei Wochen im Durchschnitt bei 8 oder mehr von 10; das ist zu viel, um ohne Überprüfung der Behandlung damit zurechtzukommen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="766"/>
        <source>Your pain has hardly changed in two weeks and is not yet clearly better, and the benefits of massage plateau without movement retraining, so shift the balance toward active work.</source>
        <translation>Ihre Schmerzen haben sich in zwei Wochen kaum verändert und sind noch nicht deutlich besser. Ohne Bewegungsschulung erreicht der Nutzen von Massage ein Plateau; verlagern Sie daher den Schwerpunkt hin zum aktiven Training.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="772"/>
        <source>Few entries in two weeks</source>
        <translation>Wenige Einträge in zwei Wochen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="773"/>
        <source>Fewer than 8 days were logged in the last two weeks, which makes progress hard to judge; this is a reminder, not a clinical finding.</source>
        <translation>In den letzten zwei Wochen wurde an weniger als 8 Tagen etwas eingetragen, sodass sich der Verlauf schwer beurteilen lässt; dies ist eine Erinnerung, kein klinischer Befund.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="780"/>
        <source>Nothing has been logged for 3 days, and the charts and safety checks need your daily scores; this is a reminder, not a clinical finding.</source>
        <translation>Seit 3 Tagen wurde nichts eingetragen, und die Diagramme und Sicherheitsprüfungen brauchen Ihre täglichen Werte; dies ist eine Erinnerung, kein klinischer Befund.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="807"/>
        <source>Seek emergency care now (emergency department / emergency number). Do not wait for a therapist.</source>
        <translation>Holen Sie sich jetzt sofort Notfallhilfe (Notaufnahme / Notruf). Warten Sie nicht auf eine Therapeutin oder einen Therapeuten.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="811"/>
        <source>Contact a doctor today or within 24 hours.</source>
        <translation>Wenden Sie sich heute oder innerhalb von 24 Stunden an eine Ärztin oder einen Arzt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="813"/>
        <source>Stop massage sessions and get a medical opinion before the next one.</source>
        <translation>Stoppen Sie die Massagesitzungen und holen Sie vor der nächsten Sitzung eine ärztliche Einschätzung ein.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="816"/>
        <source>Book a doctor or physiotherapist review soon.</source>
        <translation>Vereinbaren Sie bald einen Termin zur ärztlichen oder physiotherapeutischen Abklärung.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="819"/>
        <source>Get a doctor&apos;s clearance before starting or continuing massage.</source>
        <translation>Holen Sie eine ärztliche Freigabe ein, bevor Sie mit Massagen beginnen oder sie fortsetzen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="822"/>
        <source>Information for you and your physiotherapist.</source>
        <translation>Information für Sie und Ihre Physiotherapeutin oder Ihren Physiotherapeuten.</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="832"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="834"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="836"/>
        <source>Stop massage</source>
        <translation>Massage stoppen</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="838"/>
        <source>See a doctor</source>
        <translation>Ärztliche Abklärung</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="840"/>
        <source>Clearance needed</source>
        <translation>Ärztliche Freigabe</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="842"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="862"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="866"/>
        <source>the 6 weeks after back surgery (until %1)</source>
        <translation>die 6 Wochen nach der Rückenoperation (bis %1)</translation>
    </message>
    <message>
        <location filename="../core/clinical/RuleTable.cpp" line="868"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>SessionEffect</name>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="32"/>
        <source>Yes, in the short term: on the two days after a session your pain is lower than your diary predicts without one.</source>
        <translation>Ja, kurzfristig: An den zwei Tagen nach einer Sitzung sind Ihre Schmerzen geringer, als Ihr Tagebuch ohne Sitzung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="36"/>
        <source>Yes, in the short term: on the two days after a session the patient&apos;s pain is lower than their diary predicts without one.</source>
        <translation>Ja, kurzfristig: An den zwei Tagen nach einer Sitzung sind die Schmerzen der Patient:in geringer, als das Tagebuch ohne Sitzung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="41"/>
        <source>No: on the two days after a session your pain is higher than your diary predicts without one. Tell your therapist.</source>
        <translation>Nein: An den zwei Tagen nach einer Sitzung sind Ihre Schmerzen stärker, als Ihr Tagebuch ohne Sitzung erwarten lässt. Sagen Sie es Ihrer Therapeutin oder Ihrem Therapeuten.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="45"/>
        <source>No: on the two days after a session the patient&apos;s pain is higher than their diary predicts without one.</source>
        <translation>Nein: An den zwei Tagen nach einer Sitzung sind die Schmerzen der Patient:in stärker, als das Tagebuch ohne Sitzung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="50"/>
        <source>No clear difference yet: on the two days after a session your pain is about what your diary predicts without one.</source>
        <translation>Noch kein klarer Unterschied: An den zwei Tagen nach einer Sitzung sind Ihre Schmerzen etwa so, wie Ihr Tagebuch ohne Sitzung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="54"/>
        <source>No clear difference: on the two days after a session the patient&apos;s pain is about what their diary predicts without one.</source>
        <translation>Kein klarer Unterschied: An den zwei Tagen nach einer Sitzung sind die Schmerzen der Patient:in etwa so, wie das Tagebuch ohne Sitzung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="63"/>
        <source>Too early to tell: one more usable session is needed.</source>
        <translation>Noch zu früh: Es fehlt noch eine verwertbare Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="65"/>
        <source>Too early to tell: the diary needs one more usable session.</source>
        <translation>Noch zu früh: Dem Tagebuch fehlt noch eine verwertbare Sitzung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AnalysisText.cpp" line="68"/>
        <source>Too early to tell: %n more usable sessions are needed.</source>
        <translation>
            <numerusform>Noch zu früh: Es fehlt noch %n verwertbare Sitzung.</numerusform>
            <numerusform>Noch zu früh: Es fehlen noch %n verwertbare Sitzungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AnalysisText.cpp" line="71"/>
        <source>Too early to tell: the diary needs %n more usable sessions.</source>
        <translation>
            <numerusform>Noch zu früh: Dem Tagebuch fehlt noch %n verwertbare Sitzung.</numerusform>
            <numerusform>Noch zu früh: Dem Tagebuch fehlen noch %n verwertbare Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="84"/>
        <source>On the two days after a session your pain was about %1 points lower than your diary predicts</source>
        <translation>An den zwei Tagen nach einer Sitzung waren Ihre Schmerzen etwa %1 Punkte geringer, als Ihr Tagebuch erwarten lässt</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="88"/>
        <source>On the two days after a session the patient&apos;s pain was about %1 points lower than their diary predicts</source>
        <translation>An den zwei Tagen nach einer Sitzung waren die Schmerzen der Patient:in etwa %1 Punkte geringer, als das Tagebuch erwarten lässt</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="93"/>
        <source>On the two days after a session your pain was about %1 points higher than your diary predicts</source>
        <translation>An den zwei Tagen nach einer Sitzung waren Ihre Schmerzen etwa %1 Punkte stärker, als Ihr Tagebuch erwarten lässt</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="97"/>
        <source>On the two days after a session the patient&apos;s pain was about %1 points higher than their diary predicts</source>
        <translation>An den zwei Tagen nach einer Sitzung waren die Schmerzen der Patient:in etwa %1 Punkte stärker, als das Tagebuch erwarten lässt</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="102"/>
        <source>On the two days after a session your pain was about what your diary predicts</source>
        <translation>An den zwei Tagen nach einer Sitzung waren Ihre Schmerzen etwa so, wie Ihr Tagebuch erwarten lässt</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="106"/>
        <source>On the two days after a session the patient&apos;s pain was about what their diary predicts</source>
        <translation>An den zwei Tagen nach einer Sitzung waren die Schmerzen der Patient:in etwa so, wie das Tagebuch erwarten lässt</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="117"/>
        <source>somewhere between %1 and %2 points lower</source>
        <translation>irgendwo zwischen %1 und %2 Punkten geringer</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="120"/>
        <source>somewhere between %1 and %2 points higher</source>
        <translation>irgendwo zwischen %1 und %2 Punkten stärker</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="124"/>
        <source>somewhere between %1 points lower and %2 points higher</source>
        <translation>irgendwo zwischen %1 Punkten geringer und %2 Punkten stärker</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AnalysisText.cpp" line="127"/>
        <source>(95 % interval; %1; from %n usable sessions).</source>
        <translation>
            <numerusform>(95-%-Intervall; %1; aus %n verwertbaren Sitzung).</numerusform>
            <numerusform>(95-%-Intervall; %1; aus %n verwertbaren Sitzungen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="131"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AnalysisText.cpp" line="137"/>
        <source>A session counts when you logged your pain on the day before it and on at least one of the two days after it; several sessions on one day count once. Usable so far: %n.</source>
        <translation>
            <numerusform>Eine Sitzung zählt, wenn Sie Ihre Schmerzen am Tag davor und an mindestens einem der zwei Tage danach eingetragen haben; mehrere Sitzungen an einem Tag zählen einmal. Bisher verwertbar: %n.</numerusform>
            <numerusform>Eine Sitzung zählt, wenn Sie Ihre Schmerzen am Tag davor und an mindestens einem der zwei Tage danach eingetragen haben; mehrere Sitzungen an einem Tag zählen einmal. Bisher verwertbar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AnalysisText.cpp" line="143"/>
        <source>A session counts when the patient logged their pain on the day before it and on at least one of the two days after it; several sessions on one day count once. Usable so far: %n.</source>
        <translation>
            <numerusform>Eine Sitzung zählt, wenn die Patient:in ihre Schmerzen am Tag davor und an mindestens einem der zwei Tage danach eingetragen hat; mehrere Sitzungen an einem Tag zählen einmal. Bisher verwertbar: %n.</numerusform>
            <numerusform>Eine Sitzung zählt, wenn die Patient:in ihre Schmerzen am Tag davor und an mindestens einem der zwei Tage danach eingetragen hat; mehrere Sitzungen an einem Tag zählen einmal. Bisher verwertbar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="156"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="158"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="164"/>
        <source>GLS of daily pain on a 14-day piecewise trend and the two days after a session, AR(1) plus day noise (Kalman filter, REML); t interval (df: usable sessions or runs of other days, less 1) widened for the estimated noise</source>
        <translation>GLS der täglichen Schmerzen auf einem stückweise linearen Trend (Knick alle 14 Tage) und den zwei Tagen nach einer Sitzung, AR(1) plus Tagesrauschen (Kalman-Filter, REML); t-Intervall (Freiheitsgrade: verwertbare Sitzungen oder Folgen anderer Tage, minus 1), erweitert um das geschätzte Rauschen</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="174"/>
        <source>What this cannot tell: whether massage helps in the long term, or whether the massage itself made the difference (anything else you do on the same days would look the same). It allows for your natural recovery, for day-to-day ups and downs and for sessions booked on bad days. It speaks of your diary only, not of other people.</source>
        <translation>Was dies nicht sagen kann: ob die Massage langfristig hilft und ob die Massage selbst den Unterschied gemacht hat (alles andere, was Sie an denselben Tagen tun, sähe genauso aus). Berücksichtigt sind Ihre natürliche Erholung, das Auf und Ab von Tag zu Tag und Sitzungen, die an schlechten Tagen gebucht wurden. Es spricht nur von Ihrem Tagebuch, nicht von anderen Menschen.</translation>
    </message>
    <message>
        <location filename="../core/clinical/AnalysisText.cpp" line="181"/>
        <source>What this cannot tell: long-term benefit, or cause (anything else done on the same days would look the same). It allows for natural recovery, for day-to-day autocorrelation and for sessions booked on bad days (regression to the mean). It describes this patient&apos;s diary only.</source>
        <translation>Was dies nicht sagen kann: langfristigen Nutzen oder Ursache (alles andere an denselben Tagen sähe genauso aus). Berücksichtigt sind natürliche Erholung, Autokorrelation von Tag zu Tag und an schlechten Tagen gebuchte Sitzungen (Regression zur Mitte). Es beschreibt nur das Tagebuch dieser Patient:in.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="185"/>
        <source>Swedish (relaxation)</source>
        <translation>Schwedische Massage (Entspannung)</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="187"/>
        <source>Deep tissue</source>
        <translation>Tiefengewebsmassage</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="189"/>
        <source>Trigger point</source>
        <translation>Triggerpunkt-Therapie</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="191"/>
        <source>Myofascial release</source>
        <translation>Myofasziales Release</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="193"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="14"/>
        <source>Numbness or tingling around the genitals, buttocks or inner thighs</source>
        <translation>Taubheit oder Kribbeln im Genitalbereich, am Gesäß oder an den Innenseiten der Oberschenkel</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="17"/>
        <source>New difficulty passing urine, leaking, or not feeling your bladder</source>
        <translation>Neue Schwierigkeiten beim Wasserlassen, ungewollter Urinverlust oder fehlendes Gefühl für Ihre Blase</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="20"/>
        <source>New loss of bowel control or feeling</source>
        <translation>Neuer Verlust der Kontrolle über den Darm oder des Gefühls dafür</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="22"/>
        <source>Weakness or numbness in both legs</source>
        <translation>Schwäche oder Taubheit in beiden Beinen</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="24"/>
        <source>Numbness or tingling in a leg</source>
        <translation>Taubheit oder Kribbeln in einem Bein</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="26"/>
        <source>A new loss of feeling in your genitals, or new problems with sexual function (erection, ejaculation)</source>
        <translation>Neuer Gefühlsverlust im Genitalbereich oder neue Probleme mit der Sexualfunktion (Erektion, Ejakulation)</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="30"/>
        <source>A new fall or injury to your back since your last entry (not one you have already reported)</source>
        <translation>Ein neuer Sturz oder eine neue Verletzung des Rückens seit Ihrem letzten Eintrag (nicht eine, die Sie schon gemeldet haben)</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="33"/>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="35"/>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den Sie sich nicht erklären können</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="37"/>
        <source>Pain kept you from sleeping last night</source>
        <translation>Schmerzen haben Sie letzte Nacht am Schlafen gehindert</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="47"/>
        <location filename="../core/model/Vocabulary.cpp" line="53"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="48"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="49"/>
        <source>Yes, worse than last time</source>
        <translation>Ja, schlimmer als beim letzten Mal</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="54"/>
        <source>Yes, in one leg, below the knee</source>
        <translation>Ja, in einem Bein, bis unter das Knie</translation>
    </message>
    <message>
        <location filename="../core/model/Vocabulary.cpp" line="55"/>
        <source>Yes, in both legs</source>
        <translation>Ja, in beiden Beinen</translation>
    </message>
</context>
<context>
    <name>backlog::AlertBanner</name>
    <message>
        <location filename="../ui/AlertBanner.cpp" line="24"/>
        <source>Safety alert</source>
        <translation>Warnhinweis zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/AlertBanner.cpp" line="65"/>
        <source>Sho&amp;w alerts</source>
        <translation>Warnhinweise an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertBanner.cpp" line="67"/>
        <source>Show alerts</source>
        <translation>Warnhinweise anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertBanner.cpp" line="99"/>
        <source>1 other alert also needs attention.</source>
        <translation>1 weiterer Warnhinweis erfordert ebenfalls Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlertBanner.cpp" line="100"/>
        <source>%n other alerts also need attention.</source>
        <translation>
            <numerusform>%n weiterer Warnhinweis erfordert ebenfalls Aufmerksamkeit.</numerusform>
            <numerusform>%n weitere Warnhinweise erfordern ebenfalls Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AlertBanner.cpp" line="103"/>
        <source>1 other alert also needs your attention.</source>
        <translation>1 weiterer Warnhinweis erfordert ebenfalls Ihre Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlertBanner.cpp" line="104"/>
        <source>%n other alerts also need your attention.</source>
        <translation>
            <numerusform>%n weiterer Warnhinweis erfordert ebenfalls Ihre Aufmerksamkeit.</numerusform>
            <numerusform>%n weitere Warnhinweise erfordern ebenfalls Ihre Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backlog::AlertModel</name>
    <message>
        <location filename="../ui/AlertModel.cpp" line="48"/>
        <source>Acknowledged on %1</source>
        <translation>Bestätigt am %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertModel.cpp" line="49"/>
        <source>Raised</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/AlertModel.cpp" line="117"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/AlertModel.cpp" line="119"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/AlertModel.cpp" line="121"/>
        <source>Alert</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <location filename="../ui/AlertModel.cpp" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>backlog::AlertsPage</name>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="49"/>
        <source>Alerts summary</source>
        <translation>Übersicht der Warnhinweise</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="62"/>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="64"/>
        <source>Every alert, the ones that still need attention first. Choose one to see what to do.</source>
        <translation>Alle Warnhinweise, die noch offenen zuerst. Wählen Sie einen aus, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="92"/>
        <source>No alerts so far. When something in your diary needs a doctor or a change to your massage, BackLog shows it here and says what to do.</source>
        <translation>Bisher keine Warnhinweise. Wenn etwas in Ihrem Tagebuch eine ärztliche Abklärung oder eine Änderung Ihrer Massage erfordert, zeigt BackLog es hier an und sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="101"/>
        <source>Alert details</source>
        <translation>Details zum Warnhinweis</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="110"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="115"/>
        <source>Alert</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="121"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="125"/>
        <source>About this alert</source>
        <translation>Über diesen Warnhinweis</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="127"/>
        <source>Why it fired</source>
        <translation>Warum er ausgelöst wurde</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="129"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="139"/>
        <source>I have &amp;read what to do:</source>
        <translation>Ich habe ge&amp;lesen, was zu tun ist:</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="154"/>
        <source>Ac&amp;knowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="156"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="158"/>
        <source>Marks the selected alert as read; it stays in the history for your physiotherapist</source>
        <translation>Markiert den gewählten Warnhinweis als gelesen; er bleibt für Ihre Physiotherapeut:in im Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="161"/>
        <source>About acknowledging</source>
        <translation>Hinweis zum Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="200"/>
        <source>No alerts.</source>
        <translation>Keine Warnhinweise.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="204"/>
        <source>No alert needs attention.</source>
        <translation>Kein Warnhinweis erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="205"/>
        <source>1 alert needs attention.</source>
        <translation>1 Warnhinweis erfordert Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlertsPage.cpp" line="206"/>
        <source>%n alerts need attention.</source>
        <translation>
            <numerusform>%n Warnhinweis erfordert Aufmerksamkeit.</numerusform>
            <numerusform>%n Warnhinweise erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="208"/>
        <source>No alert needs your attention. Acknowledged alerts stay listed for your physiotherapist.</source>
        <translation>Kein Warnhinweis erfordert Ihre Aufmerksamkeit. Bestätigte Warnhinweise bleiben für Ihre Physiotherapeutin oder Ihren Physiotherapeuten aufgelistet.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="212"/>
        <source>1 alert needs your attention.</source>
        <translation>1 Warnhinweis erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlertsPage.cpp" line="213"/>
        <source>%n alerts need your attention.</source>
        <translation>
            <numerusform>%n Warnhinweis erfordert Ihre Aufmerksamkeit.</numerusform>
            <numerusform>%n Warnhinweise erfordern Ihre Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="287"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="296"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="296"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="297"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="297"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="300"/>
        <source>Raised on %1. Acknowledged on %2; kept in your alert history.</source>
        <translation>Ausgelöst am %1. Bestätigt am %2; bleibt in Ihrer Übersicht der Warnhinweise erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="302"/>
        <source>Raised on %1. Not acknowledged yet.</source>
        <translation>Ausgelöst am %1. Noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="305"/>
        <source>Found when the safety rules were updated, for a day before the update.</source>
        <translation>Gefunden, als die Sicherheitsregeln aktualisiert wurden, für einen Tag vor der Aktualisierung.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="308"/>
        <source>I have read what to do: %1</source>
        <translation>Ich habe gelesen, was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="327"/>
        <source>This diary is open for review: only the patient can acknowledge alerts.</source>
        <translation>Dieses Tagebuch ist zur Durchsicht geöffnet: Nur die Patientin oder der Patient kann Warnhinweise bestätigen.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="333"/>
        <source>Already acknowledged.</source>
        <translation>Bereits bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="336"/>
        <source>Tick &quot;I have read what to do&quot; first.</source>
        <translation>Haken Sie zuerst „Ich habe gelesen, was zu tun ist“ an.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="339"/>
        <source>The alert stays in your history after you acknowledge it.</source>
        <translation>Der Warnhinweis bleibt nach dem Bestätigen in Ihrer Übersicht erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="353"/>
        <source>Acknowledge &quot;%1&quot;</source>
        <translation>„%1“ bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="357"/>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPage.cpp" line="358"/>
        <source>The alert could not be acknowledged: %1</source>
        <translation>Der Warnhinweis konnte nicht bestätigt werden: %1</translation>
    </message>
</context>
<context>
    <name>backlog::AroundSessionsChart</name>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="34"/>
        <source>session day</source>
        <translation>Sitzungstag</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="36"/>
        <source>1 day before</source>
        <translation>1 Tag davor</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="38"/>
        <source>1 day after</source>
        <translation>1 Tag danach</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HelpingPage.cpp" line="40"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n Tag davor</numerusform>
            <numerusform>%n Tage davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HelpingPage.cpp" line="41"/>
        <source>%n days after</source>
        <translation>
            <numerusform>%n Tag danach</numerusform>
            <numerusform>%n Tage danach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="49"/>
        <source>Average pain around sessions</source>
        <translation>Durchschnittliche Schmerzen um die Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="68"/>
        <source>%1: no scores</source>
        <translation>%1: keine Werte</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="70"/>
        <source>Average pain logged on the days around the usable sessions, before any adjustment. %1.</source>
        <translation>Durchschnittlich eingetragene Schmerzen an den Tagen um die verwertbaren Sitzungen, ohne Bereinigung. %1.</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="129"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="136"/>
        <source>days from the session (bold: the session day and the two days after)</source>
        <translation>Tage ab der Sitzung (fett: der Sitzungstag und die zwei Tage danach)</translation>
    </message>
</context>
<context>
    <name>backlog::DiaryService</name>
    <message>
        <location filename="../core/DiaryService.cpp" line="568"/>
        <source>%1: the session of %2 is more than a year before the pain began (%3); a session of this diary cannot be dated before %4. Nothing was imported.</source>
        <translation>%1: Die Sitzung vom %2 liegt mehr als ein Jahr vor Beginn der Schmerzen (%3); eine Sitzung dieses Tagebuchs kann nicht vor dem %4 liegen. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>backlog::EvidencePage</name>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="43"/>
        <location filename="../ui/EvidencePage.cpp" line="55"/>
        <source>What the evidence says</source>
        <translation>Was die Evidenz sagt</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="53"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="57"/>
        <source>Massage can ease low back pain for a while, and it is safe for most people. The research behind it is modest: most studies are small and of low quality, and the benefit shown is short-term. This page says what is known and how sure anyone can be, with the source of each point.</source>
        <translation>Massage kann Kreuzschmerzen eine Zeit lang lindern, und sie ist für die meisten Menschen sicher. Die Forschung dazu ist begrenzt: Die meisten Studien sind klein und von geringer Qualität, und der gezeigte Nutzen ist kurzfristig. Diese Seite sagt, was bekannt ist und wie sicher man sich dabei sein kann, jeweils mit Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="62"/>
        <source>BackLog never diagnoses.</source>
        <translation>BackLog stellt nie Diagnosen.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="64"/>
        <source>It keeps your diary, compares it with the plan, and points out the warning signs that published guidance says need a doctor. It cannot tell what causes your pain or rule anything out. If something worries you, ask a doctor or your physiotherapist, whatever the app shows.</source>
        <translation>Es führt Ihr Tagebuch, vergleicht es mit dem Plan und weist auf die Warnzeichen hin, die laut veröffentlichten Leitlinien ärztlich abgeklärt werden müssen. Es kann nicht erkennen, was Ihre Schmerzen verursacht, und nichts ausschließen. Wenn Sie etwas beunruhigt, fragen Sie eine Ärztin, einen Arzt oder Ihre Physiotherapeutin bzw. Ihren Physiotherapeuten, ganz gleich, was die App anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="71"/>
        <source>Massage: short-term relief, not a cure</source>
        <translation>Massage: kurzfristige Linderung, keine Heilung</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="72"/>
        <source>The Cochrane review of massage for low back pain (Furlan and colleagues, 2015) pooled 25 trials with 3,096 people. The quality of the evidence was low to very low, which means further research could well change the results.</source>
        <translation>Der Cochrane-Review zu Massage bei Kreuzschmerzen (Furlan et al., 2015) fasste 25 Studien mit 3.096 Personen zusammen. Die Qualität der Evidenz war niedrig bis sehr niedrig; das bedeutet, dass weitere Forschung die Ergebnisse durchaus verändern könnte.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="77"/>
        <source>Against inactive comparisons (such as a sham treatment or a waiting list), massage eased pain in the short term.</source>
        <translation>Im Vergleich mit inaktiven Kontrollen (etwa einer Scheinbehandlung oder einer Warteliste) linderte Massage die Schmerzen kurzfristig.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="79"/>
        <source>Acute pain (less than 4 weeks): a standardised mean difference (SMD) of -1.24, but from one trial of only 51 people.</source>
        <translation>Akute Schmerzen (weniger als 4 Wochen): eine standardisierte Mittelwertdifferenz (SMD) von -1,24, allerdings aus einer einzigen Studie mit nur 51 Personen.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="81"/>
        <source>Sub-acute and chronic pain together: SMD -0.75 for pain and -0.72 for function, in the short term only.</source>
        <translation>Subakute und chronische Schmerzen zusammen: SMD -0,75 für Schmerz und -0,72 für Funktion, nur kurzfristig.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="83"/>
        <source>No benefit was shown in the long term.</source>
        <translation>Langfristig zeigte sich kein Nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="84"/>
        <source>No serious harms were reported. Between 1.5 % and 25 % of people, depending on the trial, had more pain for a while after a massage.</source>
        <translation>Es wurden keine schwerwiegenden Schäden berichtet. Je nach Studie hatten zwischen 1,5 % und 25 % der Teilnehmenden nach einer Massage eine Zeit lang stärkere Schmerzen.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="87"/>
        <source>An SMD puts results measured on different scales on one scale; negative numbers here mean less pain or better function. As a rough guide, 0.5 is a moderate effect and 0.8 a large one, but with evidence this weak the real effect may be smaller.</source>
        <translation>Die SMD bringt Ergebnisse, die auf unterschiedlichen Skalen gemessen wurden, auf eine gemeinsame Skala; negative Zahlen bedeuten hier weniger Schmerz oder bessere Funktion. Als grobe Orientierung gilt 0,5 als mittlerer und 0,8 als großer Effekt, aber bei so schwacher Evidenz kann der tatsächliche Effekt kleiner sein.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="92"/>
        <source>Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database of Systematic Reviews 2015, issue 9, CD001929.</source>
        <translation>Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database of Systematic Reviews 2015, issue 9, CD001929.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="95"/>
        <source>Recent (acute) pain: the evidence is thin</source>
        <translation>Frische (akute) Schmerzen: die Belege sind dünn</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="96"/>
        <source>For pain that began less than 4 weeks ago, the Cochrane review found a single small trial, of 51 people. It showed less pain in the short term but no better function, and one small trial cannot show how large or how reliable an effect is.</source>
        <translation>Für Schmerzen, die vor weniger als 4 Wochen begonnen haben, fand der Cochrane-Review nur eine einzige kleine Studie mit 51 Personen. Sie zeigte kurzfristig weniger Schmerzen, aber keine bessere Funktion, und eine kleine Studie kann nicht zeigen, wie groß oder wie verlässlich eine Wirkung ist.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="100"/>
        <source>The review behind the American Pain Society and American College of Physicians guideline (Chou and Huffman, 2007) found no evidence that massage helps acute low back pain; its fair evidence was for sub-acute and chronic pain. The later American College of Physicians guideline (Qaseem and colleagues, 2017) lists massage among the options for acute pain, on evidence it rates as low quality.</source>
        <translation>Die Übersicht hinter der Leitlinie der American Pain Society und des American College of Physicians (Chou und Huffman, 2007) fand keine Belege dafür, dass Massage bei akuten Kreuzschmerzen hilft; ihre mittelstarken Belege betrafen subakute und chronische Schmerzen. Die spätere Leitlinie des American College of Physicians (Qaseem und Kollegen, 2017) nennt Massage unter den Möglichkeiten bei akuten Schmerzen, auf Belegen, die sie als von geringer Qualität einstuft.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="106"/>
        <source>Recent back pain usually eases over the first weeks whatever is done. If you have massage for recent pain, take it as comfort while you keep moving, not as a treatment shown to speed recovery.</source>
        <translation>Frische Rückenschmerzen lassen in den ersten Wochen meist nach, was auch immer man tut. Wenn Sie wegen frischer Schmerzen Massage bekommen, sehen Sie sie als Wohltat, während Sie in Bewegung bleiben, nicht als Behandlung, die nachweislich die Erholung beschleunigt.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="110"/>
        <source>Furlan and colleagues, 2015 (above); Chou and Huffman, 2007 (below); Qaseem A et al. (American College of Physicians). Annals of Internal Medicine 2017; 166(7): 514-530.</source>
        <translation>Furlan und Kollegen, 2015 (oben); Chou und Huffman, 2007 (unten); Qaseem A et al. (American College of Physicians). Annals of Internal Medicine 2017; 166(7): 514-530.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="114"/>
        <source>The kind of massage matters less than you might think</source>
        <translation>Die Art der Massage ist weniger wichtig, als man denkt</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="115"/>
        <source>A trial of 401 adults with chronic low back pain compared structural massage, relaxation massage and usual care. Both kinds of massage did better than usual care at 10 weeks, by about 2.5 to 2.9 points on the Roland-Morris disability scale (0 to 24), and the kind of massage made little difference. The comparison was usual care, not a sham treatment.</source>
        <translation>Eine Studie mit 401 Erwachsenen mit chronischen Kreuzschmerzen verglich strukturelle Massage, Entspannungsmassage und übliche Versorgung. Beide Massagearten schnitten nach 10 Wochen besser ab als die übliche Versorgung, um etwa 2,5 bis 2,9 Punkte auf der Roland-Morris-Skala für Beeinträchtigung (0 bis 24), und die Art der Massage machte wenig Unterschied. Verglichen wurde mit der üblichen Versorgung, nicht mit einer Scheinbehandlung.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="121"/>
        <source>Cherkin DC, Sherman KJ, Kahn J, et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Annals of Internal Medicine 2011; 155(1): 1-9.</source>
        <translation>Cherkin DC, Sherman KJ, Kahn J, et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Annals of Internal Medicine 2011; 155(1): 1-9.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="125"/>
        <source>Exercise is what works in the long run</source>
        <translation>Langfristig helfen Übungen</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="126"/>
        <source>The review behind the American Pain Society and American College of Physicians guideline found fair evidence for massage in sub-acute and chronic low back pain, and found exercise better for managing it in the long term.</source>
        <translation>Die Übersichtsarbeit hinter der Leitlinie der American Pain Society und des American College of Physicians fand mäßige Evidenz für Massage bei subakuten und chronischen Kreuzschmerzen, hielt Übungen für die langfristige Behandlung aber für besser.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="131"/>
        <source>Chou R, Huffman LH. Nonpharmacologic therapies for acute and chronic low back pain: a review of the evidence for an American Pain Society/American College of Physicians clinical practice guideline. Annals of Internal Medicine 2007; 147(7): 492-504.</source>
        <translation>Chou R, Huffman LH. Nonpharmacologic therapies for acute and chronic low back pain: a review of the evidence for an American Pain Society/American College of Physicians clinical practice guideline. Annals of Internal Medicine 2007; 147(7): 492-504.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="135"/>
        <source>The UK guideline advises massage and other hands-on therapy only as part of a package of treatment that includes exercise, never on its own.</source>
        <translation>Die britische Leitlinie empfiehlt Massage und andere manuelle Therapien nur als Teil eines Behandlungspakets, das Übungen enthält, niemals allein.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="138"/>
        <source>National Institute for Health and Care Excellence (NICE). Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59, 2016.</source>
        <translation>National Institute for Health and Care Excellence (NICE). Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59, 2016.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="142"/>
        <source>Hands-on massage, not chairs or devices</source>
        <translation>Massage von Hand, nicht mit Sesseln oder Geräten</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="143"/>
        <source>Massage by hand was tested in 22 of the 25 trials of the Cochrane review. The three that used massage chairs or mechanical devices gave only limited evidence, so what is said here applies to hands-on massage.</source>
        <translation>Massage von Hand wurde in 22 der 25 Studien des Cochrane-Reviews untersucht. Die drei Studien mit Massagesesseln oder mechanischen Geräten lieferten nur begrenzte Evidenz; was hier gesagt wird, gilt daher für Massage von Hand.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="146"/>
        <source>Furlan and colleagues, 2015 (above).</source>
        <translation>Furlan et al., 2015 (siehe oben).</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="148"/>
        <source>What this means for your plan</source>
        <translation>Was das für Ihren Plan bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="149"/>
        <source>The plan uses massage early, for relief, while you build up gentle movement. From week 5 most of the work is active: core stabilisation and movement retraining, which the evidence supports for the long term. The review points at the end of weeks 4 and 8 check whether it is working; if the pain has not improved by week 8, the app suggests asking for a review rather than more of the same.</source>
        <translation>Der Plan setzt Massage früh zur Linderung ein, während Sie sanfte Bewegung aufbauen. Ab Woche 5 ist der größte Teil der Arbeit aktiv: Rumpfstabilisierung und Bewegungsschulung, die die Evidenz für die lange Sicht stützt. Die Zwischenbilanzen am Ende der Wochen 4 und 8 prüfen, ob es wirkt; wenn sich die Schmerzen bis Woche 8 nicht gebessert haben, schlägt die App vor, um eine Abklärung zu bitten, statt mehr vom Gleichen zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="156"/>
        <source>How BackLog judges a change</source>
        <translation>Wie BackLog eine Veränderung bewertet</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="158"/>
        <source>Pain has improved when its 7-day average is at least 2 points, or at least 30 %, below where you started. Sources: Ostelo RWJG et al. Spine 2008; 33(1): 90-94. Farrar JT et al. Pain 2001; 94(2): 149-158.</source>
        <translation>Die Schmerzen haben sich verbessert, wenn ihr 7-Tage-Mittel mindestens 2 Punkte oder mindestens 30 % unter Ihrem Ausgangswert liegt. Quellen: Ostelo RWJG et al. Spine 2008; 33(1): 90-94. Farrar JT et al. Pain 2001; 94(2): 149-158.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="161"/>
        <source>Function has changed when it moves by at least 2 points on your activity ratings (the Patient-Specific Functional Scale). Source: Stratford P et al. Physiotherapy Canada 1995; 47: 258-263.</source>
        <translation>Die Funktion hat sich verändert, wenn sie sich in Ihren Aktivitätsbewertungen (der Patient-Specific Functional Scale) um mindestens 2 Punkte verschiebt. Quelle: Stratford P et al. Physiotherapy Canada 1995; 47: 258-263.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="164"/>
        <source>Pain is called acute under 4 weeks, sub-acute from 4 to 12 weeks and chronic after 12 weeks. Source: Qaseem A et al. (American College of Physicians). Annals of Internal Medicine 2017; 166(7): 514-530.</source>
        <translation>Schmerzen gelten bei weniger als 4 Wochen als akut, bei 4 bis 12 Wochen als subakut und nach 12 Wochen als chronisch. Quelle: Qaseem A et al. (American College of Physicians). Annals of Internal Medicine 2017; 166(7): 514-530.</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="169"/>
        <source>When not to wait</source>
        <translation>Wann Sie nicht warten sollten</translation>
    </message>
    <message>
        <location filename="../ui/EvidencePage.cpp" line="170"/>
        <source>Numbness around the genitals, buttocks or inner thighs, new trouble passing urine or controlling the bowel, or weakness in both legs can be signs of a rare emergency. Seek emergency care at once; do not wait for a therapist or for this app.</source>
        <translation>Taubheit im Genitalbereich, am Gesäß oder an den Oberschenkelinnenseiten, neue Probleme beim Wasserlassen oder bei der Kontrolle über den Darm oder Schwäche in beiden Beinen können Zeichen eines seltenen Notfalls sein. Holen Sie sich sofort Notfallhilfe; warten Sie nicht auf eine Therapeutin oder einen Therapeuten und nicht auf diese App.</translation>
    </message>
</context>
<context>
    <name>backlog::HelpingPage</name>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="166"/>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="170"/>
        <source>How large the difference is</source>
        <translation>Wie groß der Unterschied ist</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="174"/>
        <source>Which sessions count</source>
        <translation>Welche Sitzungen zählen</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="189"/>
        <source>What this cannot tell</source>
        <translation>Was dies nicht sagen kann</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="193"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="210"/>
        <source>Is massage helping the patient?</source>
        <translation>Hilft die Massage der Patient:in?</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="211"/>
        <source>Is massage helping you?</source>
        <translation>Hilft Ihnen die Massage?</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="218"/>
        <source>The patient&apos;s average pain around sessions, as logged (before any adjustment)</source>
        <translation>Durchschnittliche Schmerzen der Patient:in um die Sitzungen, wie eingetragen (ohne Bereinigung)</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="220"/>
        <source>Your average pain around sessions, as logged (before any adjustment)</source>
        <translation>Ihre durchschnittlichen Schmerzen um die Sitzungen, wie eingetragen (ohne Bereinigung)</translation>
    </message>
    <message>
        <location filename="../ui/HelpingPage.cpp" line="227"/>
        <source>As of %1. Method: %2.</source>
        <translation>Stand %1. Methode: %2.</translation>
    </message>
</context>
<context>
    <name>backlog::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="27"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="43"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="55"/>
        <source>What the file holds</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="64"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="135"/>
        <source>This file cannot be imported. Nothing has been changed. Correct the rows below and try again.</source>
        <translation>Diese Datei kann nicht importiert werden. Es wurde nichts geändert. Korrigieren Sie die unten aufgeführten Zeilen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="143"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="153"/>
        <source>The file has no entries.</source>
        <translation>Die Datei enthält keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="156"/>
        <source>%n daily entries from %1 to %2.</source>
        <translation>
            <numerusform>%n Tageseintrag vom %1 bis %2.</numerusform>
            <numerusform>%n Tageseinträge vom %1 bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="159"/>
        <source>Days already in your diary: %n; for them, only what the file has columns for changes.</source>
        <translation>
            <numerusform>Tage, die schon in Ihrem Tagebuch stehen: %n; bei ihnen ändert sich nur, wofür die Datei Spalten hat.</numerusform>
            <numerusform>Tage, die schon in Ihrem Tagebuch stehen: %n; bei ihnen ändert sich nur, wofür die Datei Spalten hat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="162"/>
        <source>None of these days has an entry in your diary yet.</source>
        <translation>Für keinen dieser Tage gibt es bereits einen Eintrag in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="163"/>
        <location filename="../ui/ImportDialog.cpp" line="218"/>
        <source>A backup of your diary is made first.</source>
        <translation>Zuvor wird eine Sicherung Ihres Tagebuchs erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <location filename="../ui/ImportDialog.cpp" line="231"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <location filename="../ui/ImportDialog.cpp" line="231"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <location filename="../ui/ImportDialog.cpp" line="231"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <source>Night pain</source>
        <translation>Nächtliche Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <source>Walking (min)</source>
        <translation>Gehen (Min.)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <location filename="../ui/ImportDialog.cpp" line="231"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="185"/>
        <source>The file has no sessions.</source>
        <translation>Die Datei enthält keine Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="186"/>
        <source>%n massage sessions from %1 to %2. Sessions already in your diary are not added again. A backup of your diary is made first.</source>
        <translation>
            <numerusform>%n Massagesitzung vom %1 bis %2. Sitzungen, die bereits in Ihrem Tagebuch stehen, werden nicht erneut hinzugefügt. Zuvor wird eine Sicherung Ihres Tagebuchs erstellt.</numerusform>
            <numerusform>%n Massagesitzungen vom %1 bis %2. Sitzungen, die bereits in Ihrem Tagebuch stehen, werden nicht erneut hinzugefügt. Zuvor wird eine Sicherung Ihres Tagebuchs erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="204"/>
        <source>An exchange file with %n daily entries</source>
        <translation>
            <numerusform>Eine Austauschdatei mit %n Tageseintrag</numerusform>
            <numerusform>Eine Austauschdatei mit %n Tageseinträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="205"/>
        <source>and %n massage sessions.</source>
        <translation>
            <numerusform>und %n Massagesitzung.</numerusform>
            <numerusform>und %n Massagesitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="208"/>
        <source>Its plan (onset %1, program start %2) becomes your diary&apos;s.</source>
        <translation>Der Plan der Datei (Schmerzbeginn %1, Programmstart %2) wird in Ihr Tagebuch übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="213"/>
        <source>Its plan dates differ from your diary&apos;s; your diary keeps its own.</source>
        <translation>Die Plandaten der Datei (Schmerzbeginn, Programmstart) weichen von denen Ihres Tagebuchs ab; Ihr Tagebuch behält seine eigenen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="216"/>
        <source>%n entries replace the entry already in your diary for that day.</source>
        <translation>
            <numerusform>%n Eintrag ersetzt den Eintrag, der für diesen Tag bereits in Ihrem Tagebuch steht.</numerusform>
            <numerusform>%n Einträge ersetzen jeweils den Eintrag, der für ihren Tag bereits in Ihrem Tagebuch steht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="231"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="252"/>
        <source>%1: nothing to import</source>
        <translation>%1: nichts zu importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="261"/>
        <source>Imported %n entries</source>
        <translation>
            <numerusform>%n Eintrag importiert</numerusform>
            <numerusform>%n Einträge importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="263"/>
        <source>(%n merged into an existing day).</source>
        <translation>
            <numerusform>(%n mit einem bestehenden Tag zusammengeführt).</numerusform>
            <numerusform>(%n mit einem bestehenden Tag zusammengeführt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="265"/>
        <source>Imported %n sessions.</source>
        <translation>
            <numerusform>%n Sitzung importiert.</numerusform>
            <numerusform>%n Sitzungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="267"/>
        <source>Imported the exchange file.</source>
        <translation>Die Austauschdatei wurde importiert.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="271"/>
        <source>The import failed. Nothing has been changed.</source>
        <translation>Der Import ist fehlgeschlagen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>backlog::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>BackLog</source>
        <translation>BackLog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Reviewing a patient&apos;s diary (no name given), read-only.</source>
        <translation>Durchsicht des Tagebuchs einer Patientin oder eines Patienten (kein Name angegeben), schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Reviewing the diary of %1, read-only.</source>
        <translation>Durchsicht des Tagebuchs von %1, schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>From %1. Nothing shown here can be changed, and your own diary is not touched.</source>
        <translation>Aus %1. Was hier angezeigt wird, kann nicht geändert werden, und Ihr eigenes Tagebuch bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Review mode</source>
        <translation>Durchsichtmodus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Review - BackLog</source>
        <translation>Durchsicht - BackLog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Review: %1 - BackLog</source>
        <translation>Durchsicht: %1 - BackLog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&amp;Today</source>
        <translation>Heu&amp;te</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>P&amp;lan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>P&amp;rogress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Is it helpin&amp;g?</source>
        <translation>&amp;Nützt es?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Warnhinweise</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>&amp;Evidence</source>
        <translation>Ev&amp;idenz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Review (read-only): %1</source>
        <translation>Durchsicht (schreibgeschützt): %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Diary: %1</source>
        <translation>Tagebuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>Set &amp;up the plan...</source>
        <translation>Plan &amp;einrichten...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Open for review...</source>
        <translation>Zur &amp;Durchsicht öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>&amp;Report for the physiotherapist (PDF)...</source>
        <translation>&amp;Bericht für Physiotherapeut:in (PDF)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Chart alone (PNG, SVG or PDF)...</source>
        <translation>Nur &amp;Diagramm (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Entries and sessions (CSV)...</source>
        <translation>&amp;Einträge und Sitzungen (CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>E&amp;xchange file (.backlog.json)...</source>
        <translation>&amp;Austauschdatei (.backlog.json)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>&amp;FHIR R4 (JSON)...</source>
        <translation>&amp;FHIR R4 (JSON)...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>&amp;Restore from a backup...</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>&amp;Close review</source>
        <translation>Durchsicht &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>&amp;About BackLog</source>
        <translation>Ü&amp;ber BackLog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>Daily &amp;reminder</source>
        <translation>Tägliche &amp;Erinnerung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Start at &amp;login</source>
        <translation>Beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Rate each &amp;activity separately</source>
        <translation>Jede &amp;Aktivität einzeln bewerten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Open a patient&apos;s exchange file for review</source>
        <translation>Austauschdatei einer Patientin oder eines Patienten zur Durchsicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>BackLog exchange files (*.backlog.json *.json)</source>
        <translation>BackLog-Austauschdateien (*.backlog.json *.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>Open for review</source>
        <translation>Zur Durchsicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>This file cannot be opened for review.</source>
        <translation>Diese Datei kann nicht zur Durchsicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Import into your diary</source>
        <translation>In Ihr Tagebuch importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>Exchange files and CSV (*.backlog.json *.json *.csv)</source>
        <translation>Austauschdateien und CSV (*.backlog.json *.json *.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453"/>
        <source>Export the report for the physiotherapist</source>
        <translation>Bericht für Physiotherapeut:in exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="455"/>
        <location filename="../ui/MainWindow.cpp" line="461"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458"/>
        <source>Export the progress chart</source>
        <translation>Verlaufsdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="460"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="460"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="464"/>
        <source>Export entries and sessions as CSV</source>
        <translation>Einträge und Sitzungen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="466"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="469"/>
        <source>Export the exchange file</source>
        <translation>Austauschdatei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>BackLog exchange files (*.backlog.json)</source>
        <translation>BackLog-Austauschdateien (*.backlog.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Export as FHIR R4</source>
        <translation>Als FHIR R4 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>There is nothing to export yet: set up the plan first.</source>
        <translation>Es gibt noch nichts zu exportieren: Richten Sie zuerst den Plan ein.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <source>Unknown export</source>
        <translation>Unbekannter Export</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>Restored. The diary as it was is kept in %1</source>
        <translation>Wiederhergestellt. Das Tagebuch im vorherigen Zustand wurde in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="582"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="587"/>
        <source>About BackLog</source>
        <translation>Über BackLog</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="592"/>
        <source>&lt;h3&gt;BackLog %1&lt;/h3&gt;&lt;p&gt;A diary and coach for a course of massage therapy and active rehabilitation for low back pain. It never diagnoses: it helps you log, follow the plan, and tells you when to see a doctor.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer.&lt;/p&gt;&lt;p&gt;BackLog is free software under the GNU General Public License version 3 or later. Charts use QCustomPlot by Emanuel Eichhammer (GPL-3.0). Built with Qt (LGPL-3.0) and SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BackLog %1&lt;/h3&gt;&lt;p&gt;Ein Tagebuch und Coach für eine Behandlung mit Massagetherapie und aktiver Rehabilitation bei Schmerzen im unteren Rücken. BackLog stellt nie Diagnosen: Es hilft Ihnen beim Eintragen und beim Befolgen des Plans und sagt Ihnen, wann Sie eine Ärztin oder einen Arzt aufsuchen sollten.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer.&lt;/p&gt;&lt;p&gt;BackLog ist freie Software unter der GNU General Public License, Version 3 oder neuer. Die Diagramme verwenden QCustomPlot von Emanuel Eichhammer (GPL-3.0). Erstellt mit Qt (LGPL-3.0) und SQLite (gemeinfrei).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="622"/>
        <source>BackLog user guide</source>
        <translation>BackLog-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>backlog::OpenFailedDialog</name>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="25"/>
        <source>&amp;Restore a backup...</source>
        <translation>Eine Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="26"/>
        <source>&amp;Start a new diary...</source>
        <translation>Ein &amp;neues Tagebuch beginnen...</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="27"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="29"/>
        <source>BackLog cannot open the diary</source>
        <translation>BackLog kann das Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="39"/>
        <source>Your diary cannot be opened</source>
        <translation>Ihr Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="60"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="65"/>
        <source>What is wrong:</source>
        <translation>Was nicht stimmt:</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="69"/>
        <source>BackLog has not changed the file. You can restore one of the diary&apos;s backups, or start a new, empty diary. Either way the file is first moved aside, into the same folder under a name with today&apos;s date, and kept.</source>
        <translation>BackLog hat die Datei nicht verändert. Sie können eine der Sicherungen des Tagebuchs wiederherstellen oder ein neues, leeres Tagebuch beginnen. In beiden Fällen wird die Datei zuerst beiseitegelegt (im selben Ordner, unter einem Namen mit dem heutigen Datum) und aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="130"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="134"/>
        <source>No backups of this diary were found in %1. You can choose a backup file elsewhere.</source>
        <translation>In %1 wurden keine Sicherungen dieses Tagebuchs gefunden. Sie können eine Sicherungsdatei an einem anderen Ort auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="137"/>
        <source>BackLog keeps a copy of the diary every day (the last 7), before every upgrade and before every restore. Choose the copy to go back to; it takes the diary&apos;s place, and the file that cannot be opened is kept aside.</source>
        <translation>BackLog legt jeden Tag eine Kopie des Tagebuchs an (die letzten 7 bleiben erhalten), außerdem vor jeder Aktualisierung und vor jeder Wiederherstellung. Wählen Sie die Kopie, zu der Sie zurückkehren möchten: Sie tritt an die Stelle des Tagebuchs, und die Datei, die sich nicht öffnen lässt, wird beiseitegelegt und aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="147"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="151"/>
        <source>daily copy</source>
        <translation>tägliche Kopie</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="153"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="155"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="157"/>
        <source>made by you</source>
        <translation>von Ihnen erstellt</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="159"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="161"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="176"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="179"/>
        <source>&amp;Other file...</source>
        <translation>&amp;Andere Datei...</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="190"/>
        <source>Choose a backup of the diary</source>
        <translation>Eine Sicherung des Tagebuchs auswählen</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="192"/>
        <source>BackLog diaries (*.sqlite);;All files (*)</source>
        <translation>BackLog-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="232"/>
        <source>Start a new diary?</source>
        <translation>Ein neues Tagebuch beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="234"/>
        <source>BackLog moves %1 aside, into the same folder under a name with today&apos;s date, and keeps it. A new, empty diary takes its place.</source>
        <translation>BackLog legt %1 beiseite (im selben Ordner, unter einem Namen mit dem heutigen Datum) und bewahrt die Datei auf. Ein neues, leeres Tagebuch tritt an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="237"/>
        <source>BackLog starts a new, empty diary at %1.</source>
        <translation>BackLog beginnt ein neues, leeres Tagebuch unter %1.</translation>
    </message>
    <message>
        <location filename="../ui/OpenFailedDialog.cpp" line="242"/>
        <source>&amp;Start a new diary</source>
        <translation>&amp;Neues Tagebuch beginnen</translation>
    </message>
</context>
<context>
    <name>backlog::PlanPage</name>
    <message>
        <location filename="../ui/PlanPage.cpp" line="40"/>
        <source>Acute relief</source>
        <translation>Akute Linderung</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="42"/>
        <source>Active work</source>
        <translation>Aktives Training</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="44"/>
        <source>Maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="46"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="72"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="74"/>
        <source>passed</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="75"/>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="406"/>
        <source>Your plan starts after setup. Once you have entered when the pain began and the day the program starts, this page shows the three phases, what each asks for, this week&apos;s targets and how each week went.</source>
        <translation>Ihr Plan beginnt nach der Einrichtung. Sobald Sie eingegeben haben, wann die Schmerzen begonnen haben und an welchem Tag das Programm beginnt, zeigt diese Seite die drei Phasen, was jede vorsieht, die Ziele dieser Woche und wie jede Woche verlaufen ist.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="412"/>
        <source>The plan starts after setup</source>
        <translation>Der Plan beginnt nach der Einrichtung</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="429"/>
        <source>Where you are in the plan</source>
        <translation>Wo Sie im Plan stehen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="446"/>
        <location filename="../ui/PlanPage.cpp" line="646"/>
        <source>Massage is on hold</source>
        <translation>Massage ist ausgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="457"/>
        <location filename="../ui/PlanPage.cpp" line="462"/>
        <source>What this phase asks for</source>
        <translation>Was diese Phase vorsieht</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="467"/>
        <source>Step within the phase</source>
        <translation>Schritt innerhalb der Phase</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="472"/>
        <source>Today&apos;s checklist</source>
        <translation>Checkliste für heute</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="482"/>
        <location filename="../ui/PlanPage.cpp" line="656"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="486"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="486"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="486"/>
        <source>Done so far</source>
        <translation>Bisher erledigt</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="487"/>
        <source>This week&apos;s targets</source>
        <translation>Ziele dieser Woche</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="491"/>
        <location filename="../ui/PlanPage.cpp" line="496"/>
        <source>Review points</source>
        <translation>Zwischenbilanzen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="504"/>
        <location filename="../ui/PlanPage.cpp" line="518"/>
        <source>Adherence per week</source>
        <translation>Umsetzung pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="508"/>
        <source>For every week that has ended: the massage sessions done against those planned, and the share of the daily self-care done (a day without an entry counts as none). A week is consistent when both reach 75 %.</source>
        <translation>Für jede abgeschlossene Woche: die durchgeführten Massagesitzungen im Vergleich zu den geplanten und der Anteil der erledigten täglichen Selbstbehandlung (ein Tag ohne Eintrag zählt als nichts erledigt). Eine Woche gilt als planmäßig, wenn beide Werte 75 % erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="517"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="517"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="517"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="517"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="517"/>
        <source>Self-care</source>
        <translation>Selbstbehandlung</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="517"/>
        <source>Consistent</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="520"/>
        <source>No week has ended yet: the first row appears after the end of week 1.</source>
        <translation>Noch keine Woche abgeschlossen: Die erste Zeile erscheint nach dem Ende von Woche 1.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="572"/>
        <source>Today, %1, is day %2 of the program: week %3, phase %4 (%5).</source>
        <translation>Heute, %1, ist Tag %2 des Programms: Woche %3, Phase %4 (%5).</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="579"/>
        <source>The program starts on %1. Until then there is nothing to do but your daily log.</source>
        <translation>Das Programm beginnt am %1. Bis dahin gibt es nichts zu tun außer Ihren täglichen Einträgen.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="589"/>
        <source>Now: weeks 1 and 2, when sessions focus on easing the pain. From week 3, movement is worked into the sessions.</source>
        <translation>Jetzt: Wochen 1 und 2, in denen die Sitzungen auf Schmerzlinderung ausgerichtet sind. Ab Woche 3 wird Bewegung in die Sitzungen eingebaut.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="591"/>
        <source>Now: from week 3, movement is worked into the sessions. Weeks 1 and 2 focused on easing the pain.</source>
        <translation>Jetzt: Ab Woche 3 wird Bewegung in die Sitzungen eingebaut. Die Wochen 1 und 2 waren auf Schmerzlinderung ausgerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="601"/>
        <source>Phase 1, %1, begins on the first day.</source>
        <translation>Phase 1, %1, beginnt am ersten Tag.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="612"/>
        <source>- %1: %2 min today</source>
        <translation>- %1: heute %2 min</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="614"/>
        <source>- %1: %2 %3 a day</source>
        <translation>- %1: %2 %3 täglich</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="616"/>
        <source>- %1: %2 %3</source>
        <translation>- %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="619"/>
        <source>Today&apos;s checklist:</source>
        <translation>Checkliste für heute:</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="637"/>
        <source>Massage is on hold, because of: %1.</source>
        <translation>Massage ist ausgesetzt, wegen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="640"/>
        <source>The plan asks for no massage session until the hold ends. Keep up your daily log and gentle walking, as you are able.</source>
        <translation>Der Plan sieht keine Massagesitzung vor, bis die Pause endet. Führen Sie Ihr Tagebuch weiter und gehen Sie sanft spazieren, soweit Sie können.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="642"/>
        <source>The plan asks for no massage session until the alert is cleared: see the Alerts page for what to do. Keep up your daily log.</source>
        <translation>Der Plan sieht keine Massagesitzung vor, bis der Warnhinweis geklärt ist: was zu tun ist, steht auf der Seite Warnhinweise. Führen Sie Ihr Tagebuch weiter.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="663"/>
        <source>This week: week %1, %2 to %3</source>
        <translation>Diese Woche: Woche %1, %2 bis %3</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="682"/>
        <location filename="../ui/PlanPage.cpp" line="685"/>
        <location filename="../ui/PlanPage.cpp" line="688"/>
        <source>Massage sessions</source>
        <translation>Massagesitzungen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="682"/>
        <source>None while massage is on hold</source>
        <translation>Keine, solange Massage ausgesetzt ist</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="685"/>
        <source>As needed, every 2 to 4 weeks</source>
        <translation>Nach Bedarf, alle 2 bis 4 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="683"/>
        <location filename="../ui/PlanPage.cpp" line="686"/>
        <source>%1 this week</source>
        <translation>%1 diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="688"/>
        <source>%1 a week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="690"/>
        <source>%1 of %2: done</source>
        <translation>%1 von %2: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="691"/>
        <location filename="../ui/PlanPage.cpp" line="705"/>
        <location filename="../ui/PlanPage.cpp" line="772"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="704"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="719"/>
        <source>Daily, building up to 30 minutes</source>
        <translation>Täglich, gesteigert bis auf 30 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="720"/>
        <source>%1 %2 a day</source>
        <translation>%1 %2 täglich</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="721"/>
        <source>Days done: %1 of %2</source>
        <translation>Tage erledigt: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="728"/>
        <source>Not logged yet today</source>
        <translation>Heute noch nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="730"/>
        <source>%1 min: reached</source>
        <translation>%1 min: erreicht</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="732"/>
        <location filename="../ui/PlanPage.cpp" line="733"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="733"/>
        <source>Walking today</source>
        <translation>Gehen heute</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="746"/>
        <source>End of week 4, %1 (%2): is the pain responding? From here the plan moves on to active work.</source>
        <translation>Ende von Woche 4, %1 (%2): Sprechen die Schmerzen auf die Behandlung an? Ab hier geht der Plan zum aktiven Training über.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="749"/>
        <source>End of week 8, %1 (%2): if the pain has not improved significantly by then, the app suggests a review by a doctor or spine specialist.</source>
        <translation>Ende von Woche 8, %1 (%2): Wenn sich die Schmerzen bis dahin nicht deutlich gebessert haben, schlägt die App eine Abklärung durch Ärztin/Arzt oder Wirbelsäulenspezialist:in vor.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="767"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="769"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="773"/>
        <source>%1 (as needed)</source>
        <translation>%1 (nach Bedarf)</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="776"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="777"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="777"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>backlog::PlanTimeline</name>
    <message>
        <location filename="../ui/PlanPage.cpp" line="138"/>
        <source>Plan timeline</source>
        <translation>Zeitleiste des Plans</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="184"/>
        <source>Phase 1, %1: days 1 to 28, weeks 1 to 4 (weeks 1 and 2 pain-focused, from week 3 movement in sessions).</source>
        <translation>Phase 1, %1: Tage 1 bis 28, Wochen 1 bis 4 (Wochen 1 und 2 mit Schwerpunkt Schmerz, ab Woche 3 Bewegung in den Sitzungen).</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="187"/>
        <source>Phase 2, %1: days 29 to 56, weeks 5 to 8.</source>
        <translation>Phase 2, %1: Tage 29 bis 56, Wochen 5 bis 8.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="188"/>
        <source>Phase 3, %1: from day 57.</source>
        <translation>Phase 3, %1: ab Tag 57.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="189"/>
        <source>Review points at the end of week 4 (%1) and week 8 (%2).</source>
        <translation>Zwischenbilanzen am Ende von Woche 4 (%1) und Woche 8 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="193"/>
        <source>Today is day %1, week %2, phase %3.</source>
        <translation>Heute ist Tag %1, Woche %2, Phase %3.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="198"/>
        <source>The program starts on %1.</source>
        <translation>Das Programm beginnt am %1.</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="242"/>
        <source>Days 1-28, weeks 1-4</source>
        <translation>Tage 1-28, Wochen 1-4</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="243"/>
        <source>Days 29-56, weeks 5-8</source>
        <translation>Tage 29-56, Wochen 5-8</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="244"/>
        <source>About 70 % active work</source>
        <translation>Etwa 70 % aktives Training</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="245"/>
        <source>Day 57 on</source>
        <translation>Ab Tag 57</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="245"/>
        <source>Movement routine, massage as needed</source>
        <translation>Bewegungsprogramm, Massage nach Bedarf</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="298"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="300"/>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="307"/>
        <source>Pain-focused</source>
        <translation>Schwerpunkt Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="309"/>
        <source>Adds movement</source>
        <translation>Mit Bewegung</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="337"/>
        <location filename="../ui/PlanPage.cpp" line="338"/>
        <source>Review: end of week %1</source>
        <translation>Zwischenbilanz: Ende Woche %1</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="341"/>
        <location filename="../ui/PlanPage.cpp" line="342"/>
        <source>Review</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="361"/>
        <source>Today: day %1, week %2</source>
        <translation>Heute: Tag %1, Woche %2</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="371"/>
        <source>Starts on %1</source>
        <translation>Beginnt am %1</translation>
    </message>
    <message>
        <location filename="../ui/PlanPage.cpp" line="378"/>
        <source>Program weeks</source>
        <translation>Programmwochen</translation>
    </message>
</context>
<context>
    <name>backlog::ProgressChart</name>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="346"/>
        <source>Wk %1
%2</source>
        <translation>Wo. %1
%2</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="403"/>
        <location filename="../chart/ProgressChart.cpp" line="1065"/>
        <location filename="../chart/ProgressChart.cpp" line="1072"/>
        <source>Progress chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="405"/>
        <source>Daily pain and function with their 7-day means, baselines, plan phases, sessions and alerts. Hover a day for its values.</source>
        <translation>Tägliche Schmerz- und Funktionswerte mit ihren 7-Tage-Mitteln, Ausgangswerten, Planphasen, Sitzungen und Warnhinweisen. Zeigen Sie mit der Maus auf einen Tag, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="443"/>
        <source>Program week and the date it starts</source>
        <translation>Programmwoche und ihr Anfangsdatum</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="449"/>
        <source>Score (0–10)</source>
        <translation>Wert (0–10)</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="540"/>
        <source>Phase %1 · %2</source>
        <translation>Phase %1 · %2</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="541"/>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="560"/>
        <source>Pain baseline (%1)</source>
        <translation>Ausgangswert Schmerz (%1)</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="567"/>
        <source>Significant improvement (pain ≤ %1)</source>
        <translation>Deutliche Verbesserung (Schmerz ≤ %1)</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="574"/>
        <source>Function baseline (%1)</source>
        <translation>Ausgangswert Funktion (%1)</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="602"/>
        <source>Pain, daily</source>
        <translation>Schmerz, täglich</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="603"/>
        <source>Pain, 7-day mean</source>
        <translation>Schmerz, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="605"/>
        <source>Function, daily</source>
        <translation>Funktion, täglich</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="606"/>
        <source>Function, 7-day mean</source>
        <translation>Funktion, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="616"/>
        <source>Massage session</source>
        <translation>Massagesitzung</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="627"/>
        <source>Alert: %1</source>
        <translation>Warnhinweis: %1</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="636"/>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="655"/>
        <source>Pain: lower is better</source>
        <translation>Schmerz: niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="657"/>
        <source>Function: higher is better</source>
        <translation>Funktion: höher ist besser</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="659"/>
        <source>No entries yet: the chart fills in as you log each day</source>
        <translation>Noch keine Einträge: Das Diagramm füllt sich mit jedem Tag, den Sie eintragen</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="951"/>
        <source>%1 · day %2, week %3</source>
        <translation>%1 · Tag %2, Woche %3</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="956"/>
        <source>not enough entries</source>
        <translation>zu wenige Einträge</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="958"/>
        <source>Pain: %1</source>
        <translation>Schmerz: %1</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="958"/>
        <source>Pain: not logged</source>
        <translation>Schmerz: nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="959"/>
        <source>Pain, 7-day mean: %1</source>
        <translation>Schmerz, 7-Tage-Mittel: %1</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="961"/>
        <source>Function: %1</source>
        <translation>Funktion: %1</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="962"/>
        <source>Function: not logged</source>
        <translation>Funktion: nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="963"/>
        <source>Function, 7-day mean: %1</source>
        <translation>Funktion, 7-Tage-Mittel: %1</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="967"/>
        <source>Massage session: %1 min</source>
        <translation>Massagesitzung: %1 min</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="973"/>
        <source>Alert (%1): %2%3</source>
        <translation>Warnhinweis (%1): %2%3</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="975"/>
        <source>, acknowledged</source>
        <translation>, bestätigt</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="1036"/>
        <source>%1: choose a file name ending in .png, .svg or .pdf</source>
        <translation>%1: Wählen Sie einen Dateinamen mit der Endung .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="1039"/>
        <source>The chart needs a size of at least 16 by 16.</source>
        <translation>Das Diagramm braucht eine Größe von mindestens 16 mal 16.</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="1067"/>
        <source>Pain and function over the program, made by BackLog</source>
        <translation>Schmerz und Funktion im Programmverlauf, erstellt mit BackLog</translation>
    </message>
    <message>
        <location filename="../chart/ProgressChart.cpp" line="1082"/>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>backlog::ProgressPage</name>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="44"/>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="45"/>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="45"/>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="52"/>
        <source>Improving</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="54"/>
        <source>Worsening</source>
        <translation>Verschlechterung</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="56"/>
        <source>No significant change</source>
        <translation>Keine deutliche Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="60"/>
        <source>Not known yet</source>
        <translation>Noch nicht bestimmbar</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="85"/>
        <source>Your progress shows here after setup: daily pain and function, their 7-day means against your baseline, the phases of the plan, your sessions and any alerts.</source>
        <translation>Ihr Verlauf erscheint hier nach der Einrichtung: tägliche Schmerz- und Funktionswerte, deren 7-Tage-Mittel im Vergleich zu Ihrem Ausgangswert, die Phasen des Plans, Ihre Sitzungen und etwaige Warnhinweise.</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="90"/>
        <source>Progress shows after setup</source>
        <translation>Verlauf erscheint nach der Einrichtung</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="103"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="115"/>
        <source>&amp;4 weeks</source>
        <translation>&amp;4 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="115"/>
        <source>Show 4 weeks</source>
        <translation>4 Wochen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="117"/>
        <source>&amp;8 weeks</source>
        <translation>&amp;8 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="117"/>
        <source>Show 8 weeks</source>
        <translation>8 Wochen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="119"/>
        <source>&amp;All</source>
        <translation>&amp;Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="119"/>
        <source>Show the whole episode</source>
        <translation>Gesamte Episode anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="126"/>
        <source>How much of the program the chart shows</source>
        <translation>Wie viel des Programms das Diagramm zeigt</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="133"/>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="135"/>
        <source>Export the chart as an image or PDF</source>
        <translation>Diagramm als Bild oder PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="136"/>
        <source>Save the chart alone as PNG, SVG or PDF</source>
        <translation>Nur das Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="148"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="153"/>
        <source>Summary: pain and function against their baselines</source>
        <translation>Zusammenfassung: Schmerz und Funktion im Vergleich zu ihren Ausgangswerten</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="155"/>
        <source>Pain
(lower is better)</source>
        <translation>Schmerz
(niedriger
ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="155"/>
        <source>Function
(higher is better)</source>
        <translation>Funktion
(höher
ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="157"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="157"/>
        <source>Now (7-day mean)</source>
        <translation>Aktuell (7-Tage-Mittel)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="157"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="157"/>
        <source>% change</source>
        <translation>Veränderung in %</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="157"/>
        <source>Response</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="170"/>
        <source>Now is the mean of the last 7 days (it needs 4 entries). The response is significant: pain improves at 2 points or 30 % below the baseline and worsens at 2 points above it; function changes count from 2 points. Not known yet means too few entries for a 7-day mean.</source>
        <translation>„Aktuell“ ist der Mittelwert der letzten 7 Tage (dafür sind mindestens 4 Einträge nötig). Das Ansprechen wird nach deutlichen Veränderungen beurteilt: Der Schmerz gilt als verbessert ab 2 Punkten oder 30 % unter dem Ausgangswert und als verschlechtert ab 2 Punkten darüber; bei der Funktion zählen Veränderungen ab 2 Punkten. „Noch nicht bestimmbar“ bedeutet: zu wenige Einträge für ein 7-Tage-Mittel.</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="186"/>
        <source>Chart export</source>
        <translation>Diagrammexport</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="247"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="258"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="275"/>
        <source>backlog-progress-%1.pdf</source>
        <translation>backlog-progress-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="276"/>
        <location filename="../ui/ProgressPage.cpp" line="293"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="281"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="281"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="282"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ProgressPage.cpp" line="312"/>
        <source>Chart saved to %1.</source>
        <translation>Diagramm gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>backlog::ReminderService</name>
    <message>
        <location filename="../ui/ReminderService.cpp" line="27"/>
        <location filename="../ui/ReminderService.cpp" line="71"/>
        <source>BackLog</source>
        <translation>BackLog</translation>
    </message>
    <message>
        <location filename="../ui/ReminderService.cpp" line="29"/>
        <source>Open BackLog</source>
        <translation>BackLog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ReminderService.cpp" line="34"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/ReminderService.cpp" line="72"/>
        <source>Nothing logged today yet. Two minutes: how is your back today?</source>
        <translation>Heute ist noch nichts eingetragen. Zwei Minuten: Wie geht es Ihrem Rücken heute?</translation>
    </message>
</context>
<context>
    <name>backlog::ReportOptionsDialog</name>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="20"/>
        <source>Report for the physiotherapist</source>
        <translation>Bericht für Physiotherapeut:in</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="24"/>
        <source>The report shows your pain and function, the chart, your sessions, how well you kept to the plan, your alerts and your screening answers, on two pages for eight weeks.</source>
        <translation>Der Bericht zeigt Ihre Schmerz- und Funktionswerte, das Diagramm, Ihre Sitzungen, wie gut Sie den Plan eingehalten haben, Ihre Warnhinweise und Ihre Antworten auf die Eingangsfragen – auf zwei Seiten für acht Wochen.</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="34"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="35"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="36"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="39"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="40"/>
        <source>Include my daily &amp;notes</source>
        <translation>Meine täglichen &amp;Notizen aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="42"/>
        <source>Include my daily notes</source>
        <translation>Meine täglichen Notizen aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/ReportOptionsDialog.cpp" line="48"/>
        <source>&amp;Save as...</source>
        <translation>&amp;Speichern unter...</translation>
    </message>
</context>
<context>
    <name>backlog::RestoreDialog</name>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="18"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Wiederherstellen...</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="20"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="22"/>
        <source>BackLog keeps a copy of your diary every day (the last 7), before every upgrade and before every restore. Choose the copy to go back to; your diary as it is now is kept as a backup first.</source>
        <translation>BackLog legt jeden Tag eine Kopie Ihres Tagebuchs an (die letzten 7 bleiben erhalten), außerdem vor jeder Aktualisierung und vor jeder Wiederherstellung. Wählen Sie die Kopie, zu der Sie zurückkehren möchten; Ihr Tagebuch in seinem jetzigen Zustand wird zuvor als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="30"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="34"/>
        <source>daily copy</source>
        <translation>tägliche Kopie</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="36"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="38"/>
        <source>made by you</source>
        <translation>von Ihnen erstellt</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="40"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="52"/>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="61"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="62"/>
        <source>Your diary will go back to this copy. Everything entered since then is replaced, but your diary as it is now is kept as a backup first.</source>
        <translation>Ihr Tagebuch wird auf den Stand dieser Kopie zurückgesetzt. Alles, was seitdem eingegeben wurde, wird ersetzt; Ihr Tagebuch in seinem jetzigen Zustand wird jedoch zuvor als Sicherung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>backlog::ScoreSelector</name>
    <message>
        <location filename="../ui/ScoreSelector.cpp" line="40"/>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location filename="../ui/ScoreSelector.cpp" line="84"/>
        <source>A score from 0 (%1) to 10 (%2). Type a number, or use the arrow keys.</source>
        <translation>Ein Wert von 0 (%1) bis 10 (%2). Geben Sie eine Zahl ein oder verwenden Sie die Pfeiltasten.</translation>
    </message>
    <message>
        <location filename="../ui/ScoreSelector.cpp" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ScoreSelector.cpp" line="112"/>
        <source>Choose %1 as the score</source>
        <translation>%1 als Wert wählen</translation>
    </message>
</context>
<context>
    <name>backlog::SessionDialog</name>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="45"/>
        <source>Edit massage session</source>
        <translation>Massagesitzung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="45"/>
        <source>Add a massage session</source>
        <translation>Massagesitzung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="66"/>
        <source>Massage is on hold</source>
        <translation>Massage ist ausgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="81"/>
        <source>Date of the session</source>
        <translation>Datum der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="95"/>
        <source>From %1, a year before the pain began, to today.</source>
        <translation>Vom %1, ein Jahr vor Beginn der Schmerzen, bis heute.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="97"/>
        <source>Up to today: a session cannot be in the future.</source>
        <translation>Bis heute: Eine Sitzung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="107"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="113"/>
        <source>Length of the session in minutes</source>
        <translation>Dauer der Sitzung in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="118"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="122"/>
        <source>Kind of massage</source>
        <translation>Art der Massage</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="127"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="131"/>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="132"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="134"/>
        <source>&amp;Therapist:</source>
        <translation>&amp;Behandelt von:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="136"/>
        <source>During or after the session</source>
        <translation>Während oder nach der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="139"/>
        <source>S&amp;harp, shooting pain during the session</source>
        <translation>Sc&amp;harfe, einschießende Schmerzen während der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="141"/>
        <source>Sharp, shooting pain during the session</source>
        <translation>Scharfe, einschießende Schmerzen während der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="144"/>
        <source>N&amp;umbness or tingling in the legs during or after the session</source>
        <translation>&amp;Taubheit oder Kribbeln in den Beinen während oder nach der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="148"/>
        <source>Numbness or tingling in the legs during or after the session</source>
        <translation>Taubheit oder Kribbeln in den Beinen während oder nach der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="166"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; saving this raises a stop-massage alert. Stop massage sessions and get a medical opinion before the next one.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Wenn Sie dies speichern, wird ein Warnhinweis der Stufe „Massage stoppen“ ausgelöst. Stoppen Sie die Massagesitzungen und holen Sie vor der nächsten Sitzung eine ärztliche Einschätzung ein.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="170"/>
        <source>Stop-massage warning</source>
        <translation>Warnung „Massage stoppen“</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="180"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="181"/>
        <source>Optional: what was worked on, how you felt afterwards</source>
        <translation>Optional: woran gearbeitet wurde, wie Sie sich danach gefühlt haben</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="184"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="192"/>
        <source>What the plan says</source>
        <translation>Was der Plan sagt</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="197"/>
        <source>Plan guidance for this session</source>
        <translation>Hinweise des Plans zu dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="206"/>
        <source>Problem with the entry</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="214"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="216"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="220"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="222"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="283"/>
        <source>Enter the length of the session in minutes, from %1 to %2.</source>
        <translation>Geben Sie die Dauer der Sitzung in Minuten ein, von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="290"/>
        <source>The plan&apos;s guidance appears once setup is done.</source>
        <translation>Die Hinweise des Plans erscheinen, sobald die Einrichtung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="304"/>
        <source>Within the plan: 30 to 60 minutes is the evidence-based range, and this session fits this week&apos;s plan.</source>
        <translation>Im Rahmen des Plans: 30 bis 60 Minuten sind der evidenzbasierte Bereich, und diese Sitzung passt zum Plan dieser Woche.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="307"/>
        <source>30 to 60 minutes is the evidence-based range.</source>
        <translation>30 bis 60 Minuten sind der evidenzbasierte Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="322"/>
        <source>Massage is on hold on %1.</source>
        <translation>Am %1 ist Massage ausgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="323"/>
        <source>Because of: %1.</source>
        <translation>Wegen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDialog.cpp" line="324"/>
        <source>Please get the medical opinion the alert asks for before the next session. If this session has already taken place, save it: it is kept and marked for your physiotherapist.</source>
        <translation>Bitte holen Sie vor der nächsten Sitzung die ärztliche Einschätzung ein, die der Warnhinweis verlangt. Hat diese Sitzung schon stattgefunden, speichern Sie sie: Sie wird aufbewahrt und für Ihre Physiotherapeutin oder Ihren Physiotherapeuten markiert.</translation>
    </message>
</context>
<context>
    <name>backlog::SessionModel</name>
    <message>
        <location filename="../ui/SessionModel.cpp" line="66"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="66"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="112"/>
        <source>Within the plan</source>
        <translation>Im Rahmen des Plans</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="131"/>
        <source>Raises a stop-massage alert</source>
        <translation>Löst einen Warnhinweis „Massage stoppen“ aus</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="163"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="165"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="167"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="169"/>
        <source>Therapist</source>
        <translation>Therapeut:in</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="171"/>
        <source>Sharp, shooting pain during the session</source>
        <translation>Scharfe, einschießende Schmerzen während der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="172"/>
        <source>Shooting pain</source>
        <translation>Einschießender Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="175"/>
        <source>Numbness or tingling in the legs during or after the session</source>
        <translation>Taubheit oder Kribbeln in den Beinen während oder nach der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="176"/>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="178"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="180"/>
        <source>What the plan says about this session</source>
        <translation>Was der Plan zu dieser Sitzung sagt</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="181"/>
        <source>Plan guidance</source>
        <translation>Hinweise des Plans</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="192"/>
        <source>Logged while massage was on hold: %1</source>
        <translation>Eingetragen, während Massage ausgesetzt war: %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="201"/>
        <source>Shorter than the evidence-based range of 30 to 60 minutes. It still counts; the studies that found a benefit used longer sessions.</source>
        <translation>Kürzer als der evidenzbasierte Bereich von 30 bis 60 Minuten. Die Sitzung zählt trotzdem; die Studien, die einen Nutzen fanden, verwendeten längere Sitzungen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="204"/>
        <source>Shorter than the evidence-based range (30-60 min)</source>
        <translation>Kürzer als der evidenzbasierte Bereich (30-60 Min.)</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="206"/>
        <source>Longer than the evidence-based range of 30 to 60 minutes.</source>
        <translation>Länger als der evidenzbasierte Bereich von 30 bis 60 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="207"/>
        <source>Longer than the evidence-based range (30-60 min)</source>
        <translation>Länger als der evidenzbasierte Bereich (30-60 Min.)</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="211"/>
        <source>Above plan this week: the plan for this phase is %1 a week. This is not blocked; it is noted for your physiotherapist.</source>
        <translation>Über dem Plan in dieser Woche: Der Plan sieht in dieser Phase %1 pro Woche vor. Das wird nicht verhindert; es wird für Ihre:n Physiotherapeut:in vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="214"/>
        <source>Above plan this week (plan: %1 a week)</source>
        <translation>Über dem Plan in dieser Woche (Plan: %1 pro Woche)</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="221"/>
        <source>First session of an acute episode: it is best between %1 and %2, 3 to 7 days after the pain began.</source>
        <translation>Erste Sitzung einer akuten Episode: Am besten liegt sie zwischen %1 und %2, 3 bis 7 Tage nach Beginn der Schmerzen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="224"/>
        <source>This date is outside that window.</source>
        <translation>Dieses Datum liegt außerhalb dieses Zeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="225"/>
        <source>This date is within it.</source>
        <translation>Dieses Datum liegt innerhalb dieses Zeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/SessionModel.cpp" line="228"/>
        <source>First session outside the advised window (%1 to %2)</source>
        <translation>Erste Sitzung außerhalb des empfohlenen Zeitraums (%1 bis %2)</translation>
    </message>
</context>
<context>
    <name>backlog::SessionsPage</name>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="40"/>
        <source>The plan&apos;s session guidance</source>
        <translation>Hinweise des Plans zu den Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="48"/>
        <source>Massage sessions</source>
        <translation>Massagesitzungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="73"/>
        <source>&amp;Add session...</source>
        <translation>Sitzung hinzu&amp;fügen...</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="75"/>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="76"/>
        <source>Logs a massage session: its date, length and kind</source>
        <translation>Trägt eine Massagesitzung ein: Datum, Dauer und Art</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="77"/>
        <source>Ed&amp;it...</source>
        <translation>Bea&amp;rbeiten...</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="79"/>
        <source>Edit the selected session</source>
        <translation>Ausgewählte Sitzung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="80"/>
        <source>Opens the session chosen in the table to change it</source>
        <translation>Öffnet die in der Tabelle gewählte Sitzung zum Ändern</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="81"/>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="83"/>
        <source>Delete the selected session</source>
        <translation>Ausgewählte Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="85"/>
        <source>Removes the session chosen in the table, after asking; Undo brings it back</source>
        <translation>Entfernt nach Rückfrage die in der Tabelle gewählte Sitzung; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="144"/>
        <source>You can log sessions now; the plan&apos;s guidance for them appears once setup is done.</source>
        <translation>Sie können schon jetzt Sitzungen eintragen; die Hinweise des Plans dazu erscheinen, sobald die Einrichtung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="153"/>
        <source>Massage is on hold today, because of: %1. Please do not book a session until this is cleared.</source>
        <translation>Massage ist heute ausgesetzt, wegen: %1. Bitte vereinbaren Sie keine Sitzung, bis das geklärt ist.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="156"/>
        <source>Sessions of 30 to 60 minutes are the evidence-based range.</source>
        <translation>Sitzungen von 30 bis 60 Minuten entsprechen dem evidenzbasierten Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="166"/>
        <source>The plan starts on %1.</source>
        <translation>Der Plan beginnt am %1.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="169"/>
        <source>Maintenance: a session every 2 to 4 weeks, as needed. Sessions this week (week %1): %2.</source>
        <translation>Erhaltungsphase: eine Sitzung alle 2 bis 4 Wochen, nach Bedarf. Sitzungen in dieser Woche (Woche %1): %2.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="175"/>
        <source>Sessions this week (week %1, phase %2): %3 of %4 planned.</source>
        <translation>Sitzungen in dieser Woche (Woche %1, Phase %2): %3 von %4 geplanten.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="181"/>
        <source>Another one this week would be above plan; that is allowed and noted.</source>
        <translation>Eine weitere Sitzung in dieser Woche läge über dem Plan; das ist erlaubt und wird vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="186"/>
        <source>Your pain is recent (acute): the first session is best between %1 and %2, 3 to 7 days after the pain began.</source>
        <translation>Ihre Schmerzen bestehen erst seit Kurzem (akut): Die erste Sitzung liegt am besten zwischen %1 und %2, 3 bis 7 Tage nach Beginn der Schmerzen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="220"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="278"/>
        <source>Add session of %1</source>
        <translation>Sitzung vom %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="279"/>
        <source>Edit session of %1</source>
        <translation>Sitzung vom %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="293"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="294"/>
        <source>Delete the %1-minute session of %2?</source>
        <translation>Die %1-minütige Sitzung vom %2 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="299"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Sie können dies mit Bearbeiten &gt; Rückgängig rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="301"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="303"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="325"/>
        <source>Delete session of %1</source>
        <translation>Sitzung vom %1 löschen</translation>
    </message>
</context>
<context>
    <name>backlog::SetupWizard</name>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="134"/>
        <location filename="../ui/SetupWizard.cpp" line="170"/>
        <source>Change your setup</source>
        <translation>Einrichtung ändern</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="134"/>
        <source>Set up BackLog</source>
        <translation>BackLog einrichten</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="92"/>
        <source>Did the pain start after a fall, an accident or another significant injury?</source>
        <translation>Haben die Schmerzen nach einem Sturz, einem Unfall oder einer anderen erheblichen Verletzung begonnen?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="94"/>
        <source>Do you have cancer now, or have you had cancer in the past?</source>
        <translation>Haben Sie derzeit Krebs, oder hatten Sie früher Krebs?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="96"/>
        <source>Have you had weight loss you cannot explain, or a fever, together with the back pain?</source>
        <translation>Hatten Sie zusammen mit den Rückenschmerzen einen Gewichtsverlust, den Sie sich nicht erklären können, oder Fieber?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="99"/>
        <source>Have you taken steroid medicine for a long time, do you have a weakened immune system, or do you inject drugs?</source>
        <translation>Haben Sie über lange Zeit Steroid-Medikamente (z. B. Kortison) eingenommen, ist Ihr Immunsystem geschwächt, oder spritzen Sie Drogen?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="102"/>
        <source>Has a doctor found a disc herniation (a &quot;slipped disc&quot;), and do you have pain, numbness or tingling in a leg?</source>
        <translation>Hat eine Ärztin oder ein Arzt bei Ihnen einen Bandscheibenvorfall festgestellt, und haben Sie Schmerzen, Taubheit oder Kribbeln in einem Bein?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="105"/>
        <source>Have you had back surgery in the last 6 weeks?</source>
        <translation>Hatten Sie in den letzten 6 Wochen eine Operation am Rücken?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="107"/>
        <source>Do you have severe osteoporosis (very fragile bones)?</source>
        <translation>Haben Sie eine schwere Osteoporose (sehr brüchige Knochen)?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="109"/>
        <source>Are you over 50, and is this the first time you have had back pain like this?</source>
        <translation>Sind Sie über 50, und haben Sie zum ersten Mal solche Rückenschmerzen?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="112"/>
        <source>Did the pain begin before you were 45 and has it lasted 3 months or more, with your back stiff for more than 30 minutes in the morning and easing with movement rather than with rest?</source>
        <translation>Haben die Schmerzen vor Ihrem 45. Lebensjahr begonnen und dauern sie 3 Monate oder länger, mit einem Rücken, der morgens länger als 30 Minuten steif ist und eher durch Bewegung als durch Ruhe besser wird?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="116"/>
        <source>In the last 3 months, have you had a bacterial infection (for example of the urine or the skin), or an injection into the spine or an operation on it?</source>
        <translation>Hatten Sie in den letzten 3 Monaten eine bakterielle Infektion (zum Beispiel der Harnwege oder der Haut) oder eine Spritze in die Wirbelsäule oder eine Operation an ihr?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="120"/>
        <source>Do you take blood-thinning medicine, or do you have a bleeding disorder? (Firm pressure can cause bleeding.)</source>
        <translation>Nehmen Sie blutverdünnende Medikamente, oder haben Sie eine Blutgerinnungsstörung? (Fester Druck kann Blutungen verursachen.)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="123"/>
        <source>Do you know that you have an aortic aneurysm (a widened main artery in the belly)?</source>
        <translation>Ist bei Ihnen ein Aortenaneurysma bekannt (eine erweiterte Hauptschlagader im Bauch)?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="170"/>
        <source>Welcome to BackLog</source>
        <translation>Willkommen bei BackLog</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="171"/>
        <source>A diary and coach for massage therapy and rehabilitation for low back pain.</source>
        <translation>Ein Tagebuch und Coach für Massagetherapie und Rehabilitation bei Schmerzen im unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="175"/>
        <source>&lt;p&gt;&lt;b&gt;What BackLog does&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;It helps you log your pain and how well you can do your activities, in about a minute a day.&lt;/li&gt;&lt;li&gt;It helps you follow your plan of massage sessions and exercises.&lt;/li&gt;&lt;li&gt;It tells you plainly when something needs a doctor, and what to do.&lt;/li&gt;&lt;li&gt;It keeps a record you can share with your physiotherapist.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What BackLog is not&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;It never diagnoses. It does not replace your doctor, physiotherapist or massage therapist.&lt;/li&gt;&lt;li&gt;If you are worried about your back, or you feel very unwell, contact a doctor whatever BackLog shows.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your diary stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was BackLog tut&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Es hilft Ihnen, Ihre Schmerzen einzutragen und wie gut Sie Ihre Aktivitäten ausführen können, in etwa einer Minute am Tag.&lt;/li&gt;&lt;li&gt;Es hilft Ihnen, Ihren Plan aus Massagesitzungen und Übungen einzuhalten.&lt;/li&gt;&lt;li&gt;Es sagt Ihnen klar, wann Sie wegen etwas eine Ärztin oder einen Arzt brauchen und was zu tun ist.&lt;/li&gt;&lt;li&gt;Es führt Aufzeichnungen, die Sie mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten teilen können.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Was BackLog nicht ist&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Es stellt nie Diagnosen. Es ersetzt weder Ihre Ärztin oder Ihren Arzt noch Ihre:n Physiotherapeut:in oder Massagetherapeut:in.&lt;/li&gt;&lt;li&gt;Wenn Sie sich Sorgen um Ihren Rücken machen oder sich sehr krank fühlen, wenden Sie sich an eine Ärztin oder einen Arzt, ganz gleich, was BackLog anzeigt.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="192"/>
        <source>You can change any answer. Your diary entries and sessions are kept; the change can be undone from the Edit menu.</source>
        <translation>Sie können jede Antwort ändern. Ihre Tagebucheinträge und Sitzungen bleiben erhalten; die Änderung lässt sich über das Menü Bearbeiten rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="206"/>
        <source>Your back pain and your program</source>
        <translation>Ihre Rückenschmerzen und Ihr Programm</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="207"/>
        <source>When did this episode of back pain begin, and when does your program of massage and exercise start?</source>
        <translation>Wann hat diese Episode der Rückenschmerzen begonnen, und wann beginnt Ihr Programm aus Massage und Übungen?</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="214"/>
        <source>Your name (optional)</source>
        <translation>Ihr Name (optional)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="215"/>
        <source>Shown on reports for your physiotherapist</source>
        <translation>Erscheint auf Berichten für Ihre:n Physiotherapeut:in</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="222"/>
        <source>Date the pain began</source>
        <translation>Datum des Schmerzbeginns</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="218"/>
        <source>Your na&amp;me (optional):</source>
        <translation>Ihr Na&amp;me (optional):</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="223"/>
        <source>The pain be&amp;gan on:</source>
        <translation>Die Schmerzen be&amp;gannen am:</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="225"/>
        <source>Program start</source>
        <translation>Programmbeginn</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="226"/>
        <source>The program &amp;starts on:</source>
        <translation>Das Programm s&amp;tartet am:</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="230"/>
        <source>About these dates</source>
        <translation>Zu diesen Daten</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="247"/>
        <source>Safety questions</source>
        <translation>Eingangsfragen zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="248"/>
        <source>Some conditions need a doctor before or alongside massage. Answer yes if it applies to you; BackLog shows at once what to do.</source>
        <translation>Bei manchen Erkrankungen sollte vor oder neben der Massage eine Ärztin oder ein Arzt hinzugezogen werden. Antworten Sie mit Ja, wenn es auf Sie zutrifft; BackLog zeigt sofort, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="274"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="276"/>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="278"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="280"/>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="294"/>
        <source>Date of the surgery</source>
        <translation>Datum der Operation</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="296"/>
        <source>&amp;Date of the surgery:</source>
        <translation>&amp;Datum der Operation:</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="298"/>
        <source>I do not &amp;know the date</source>
        <translation>Ich kenne das Datum &amp;nicht</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="300"/>
        <source>I do not know the date of the surgery</source>
        <translation>Ich kenne das Datum der Operation nicht</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="302"/>
        <source>Without the date, massage is held for 42 days from the day of this answer.</source>
        <translation>Ohne das Datum wird Massage ab dem Tag dieser Antwort 42 Tage lang ausgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="369"/>
        <source>Your important activities</source>
        <translation>Ihre wichtigen Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="370"/>
        <source>Name one to five everyday activities that your back pain makes hard. Each day you will rate how well you can do them.</source>
        <translation>Nennen Sie ein bis fünf alltägliche Aktivitäten, die Ihnen durch die Rückenschmerzen schwerfallen. Sie bewerten dann jeden Tag, wie gut Sie diese ausführen können.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="374"/>
        <source>for example: putting on socks</source>
        <translation>zum Beispiel: Socken anziehen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="374"/>
        <source>for example: sitting through a film</source>
        <translation>zum Beispiel: einen ganzen Film lang sitzen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="375"/>
        <source>for example: lifting my child</source>
        <translation>zum Beispiel: mein Kind hochheben</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="375"/>
        <source>for example: walking to the shops</source>
        <translation>zum Beispiel: zu Fuß zum Einkaufen gehen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="376"/>
        <source>for example: gardening</source>
        <translation>zum Beispiel: Gartenarbeit</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="380"/>
        <source>Activity 1 (required)</source>
        <translation>Aktivität 1 (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="381"/>
        <source>Activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="385"/>
        <source>Activity &amp;1:</source>
        <translation>Aktivität &amp;1:</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="385"/>
        <source>Activity &amp;%1:</source>
        <translation>Aktivität &amp;%1:</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="389"/>
        <source>At least one activity is needed.</source>
        <translation>Mindestens eine Aktivität ist nötig.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="400"/>
        <source>How things are now</source>
        <translation>Wie es Ihnen jetzt geht</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="401"/>
        <source>Your starting point: BackLog compares later days with these until it has three days of your diary.</source>
        <translation>Ihr Ausgangspunkt: BackLog vergleicht spätere Tage mit diesen Werten, bis Ihr Tagebuch drei Tage umfasst.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="405"/>
        <source>Pain on average over the last 24 hours. Lower is better.</source>
        <translation>Schmerzen im Durchschnitt der letzten 24 Stunden. Niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="406"/>
        <source>Pain at the start</source>
        <translation>Schmerz zu Beginn</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="406"/>
        <source>no pain</source>
        <translation>keine Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="406"/>
        <source>worst pain imaginable</source>
        <translation>stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="412"/>
        <source>How well you can do your important activities. Higher is better.</source>
        <translation>Wie gut Sie Ihre wichtigen Aktivitäten ausführen können. Höher ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="413"/>
        <source>Function at the start</source>
        <translation>Funktion zu Beginn</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="413"/>
        <source>unable to do them</source>
        <translation>kann sie nicht ausführen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="414"/>
        <source>able to do them as before the pain</source>
        <translation>kann sie ausführen wie vor den Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="429"/>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="430"/>
        <source>BackLog can remind you each day when nothing is logged yet.</source>
        <translation>BackLog kann Sie jeden Tag erinnern, wenn noch nichts eingetragen ist.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="433"/>
        <source>&amp;Remind me each day when nothing is logged</source>
        <translation>&amp;Täglich erinnern, wenn nichts eingetragen ist</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="439"/>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="443"/>
        <source>Remind me &amp;at:</source>
        <translation>Erinnern &amp;um:</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="449"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="457"/>
        <source>Summary of your answers</source>
        <translation>Zusammenfassung Ihrer Antworten</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="503"/>
        <source>The program cannot start later than today. If you start now, choose today.</source>
        <translation>Das Programm kann nicht später als heute beginnen. Wenn Sie jetzt beginnen, wählen Sie heute.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="508"/>
        <source>The pain cannot begin after the program starts. Please change one of the dates.</source>
        <translation>Die Schmerzen können nicht erst nach Programmbeginn begonnen haben. Bitte ändern Sie eines der Daten.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="515"/>
        <source>acute back pain (less than 4 weeks)</source>
        <translation>akute Rückenschmerzen (weniger als 4 Wochen)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="517"/>
        <source>subacute back pain (4 to 12 weeks)</source>
        <translation>subakute Rückenschmerzen (4 bis 12 Wochen)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="519"/>
        <source>chronic back pain (more than 12 weeks)</source>
        <translation>chronische Rückenschmerzen (mehr als 12 Wochen)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="521"/>
        <source>At the start of the program the pain will have lasted 1 day: %1.</source>
        <translation>Bei Programmbeginn bestehen die Schmerzen seit 1 Tag: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SetupWizard.cpp" line="522"/>
        <source>At the start of the program the pain will have lasted %n days: %1.</source>
        <translation>
            <numerusform>Bei Programmbeginn bestehen die Schmerzen seit %n Tag: %1.</numerusform>
            <numerusform>Bei Programmbeginn bestehen die Schmerzen seit %n Tagen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="603"/>
        <source>Without the date, massage is held for 42 days from the day of this answer, to be safe.</source>
        <translation>Ohne das Datum wird Massage sicherheitshalber ab dem Tag dieser Antwort 42 Tage lang ausgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="607"/>
        <source>The surgery cannot be in the future.</source>
        <translation>Die Operation kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="639"/>
        <source>The pain began on %1; the program starts on %2.</source>
        <translation>Die Schmerzen begannen am %1; das Programm beginnt am %2.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="646"/>
        <source>Safety questions: no alert.</source>
        <translation>Eingangsfragen: kein Warnhinweis.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="649"/>
        <source>Safety questions: 1 alert. You will find it on the Alerts page:</source>
        <translation>Eingangsfragen: 1 Warnhinweis. Sie finden ihn auf der Seite „Warnhinweise“:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SetupWizard.cpp" line="650"/>
        <source>Safety questions: %n alerts. You will find them on the Alerts page:</source>
        <translation>
            <numerusform>Eingangsfragen: %n Warnhinweis. Sie finden ihn auf der Seite „Warnhinweise“:</numerusform>
            <numerusform>Eingangsfragen: %n Warnhinweise. Sie finden sie auf der Seite „Warnhinweise“:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="659"/>
        <source>Important activities: %1.</source>
        <translation>Wichtige Aktivitäten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="661"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="663"/>
        <source>At the start: pain %1 of 10, function %2 of 10.</source>
        <translation>Zu Beginn: Schmerz %1 von 10, Funktion %2 von 10.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="666"/>
        <source>Daily reminder at %1 when nothing is logged.</source>
        <translation>Tägliche Erinnerung um %1, wenn nichts eingetragen ist.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="668"/>
        <source>No daily reminder.</source>
        <translation>Keine tägliche Erinnerung.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="694"/>
        <source>Set up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="700"/>
        <source>Setup not saved</source>
        <translation>Einrichtung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="701"/>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>backlog::TodayPage</name>
    <message>
        <location filename="../ui/TodayPage.cpp" line="52"/>
        <source>&lt; &amp;Previous day</source>
        <translation>&lt; V&amp;orheriger Tag</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="54"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="55"/>
        <source>Shows the entry of the day before</source>
        <translation>Zeigt den Eintrag des Vortags</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="58"/>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="60"/>
        <source>The day whose entry is shown: type a date, or open the calendar with Alt+Down</source>
        <translation>Der Tag, dessen Eintrag angezeigt wird: Datum eintippen oder den Kalender mit Alt+Pfeil nach unten öffnen</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="61"/>
        <source>&amp;Next day &gt;</source>
        <translation>&amp;Nächster Tag &gt;</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="63"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="64"/>
        <source>Shows the entry of the day after</source>
        <translation>Zeigt den Eintrag des Folgetags</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="65"/>
        <source>T&amp;oday</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="67"/>
        <source>Go to today</source>
        <translation>Zum heutigen Tag</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="68"/>
        <source>Shows today&apos;s entry</source>
        <translation>Zeigt den heutigen Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="94"/>
        <source>Pain on average over the last 24 hours</source>
        <translation>Durchschnittlicher Schmerz in den letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="96"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="96"/>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="96"/>
        <source>worst pain imaginable</source>
        <translation>stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="101"/>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="102"/>
        <source>Lower is better. Type a number, or use the arrow keys.</source>
        <translation>Niedriger ist besser. Geben Sie eine Zahl ein oder verwenden Sie die Pfeiltasten.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="108"/>
        <source>How well you can do your important activities</source>
        <translation>Wie gut Sie Ihre wichtigen Aktivitäten ausführen können</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="110"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="110"/>
        <source>unable to do them</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="111"/>
        <source>able to do them as before the pain</source>
        <translation>ausführbar wie vor den Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="119"/>
        <source>Since yesterday, have you had any of these?</source>
        <translation>Hatten Sie seit gestern eines dieser Anzeichen?</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="131"/>
        <source>Symptom check: tick it if you have had this since yesterday</source>
        <translation>Symptomabfrage: ankreuzen, wenn Sie das seit gestern hatten</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="135"/>
        <location filename="../ui/TodayPage.cpp" line="151"/>
        <location filename="../ui/TodayPage.cpp" line="168"/>
        <source>Symptom check</source>
        <translation>Symptomabfrage</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="138"/>
        <source>&amp;Weakness in a leg:</source>
        <translation>S&amp;chwäche in einem Bein:</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="141"/>
        <source>Weakness in a leg</source>
        <translation>Schwäche in einem Bein</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="142"/>
        <source>Symptom check: weakness in a leg since yesterday</source>
        <translation>Symptomabfrage: Schwäche in einem Bein seit gestern</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="154"/>
        <source>Pain shooting down a &amp;leg:</source>
        <translation>Ausstrah&amp;lende Schmerzen ins Bein:</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="157"/>
        <source>Pain shooting down a leg</source>
        <translation>Ausstrahlende Schmerzen ins Bein</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="159"/>
        <source>Symptom check: pain shooting down a leg since yesterday, and how far</source>
        <translation>Symptomabfrage: seit gestern ins Bein ausstrahlende Schmerzen, und wie weit</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="191"/>
        <source>After your last massage session</source>
        <translation>Nach Ihrer letzten Massagesitzung</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="196"/>
        <source>Stiffness since the session</source>
        <translation>Steifheit seit der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="197"/>
        <source>How stiff you have been since the last session</source>
        <translation>Wie steif Sie seit der letzten Sitzung waren</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="198"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="199"/>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="200"/>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="201"/>
        <source>S&amp;tiffness:</source>
        <translation>S&amp;teifheit:</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="203"/>
        <source>More pain, soreness or stiffness since the session is still there</source>
        <translation>Verstärkte Schmerzen, Muskelkater oder Steifheit seit der Sitzung halten noch an</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="206"/>
        <source>Tick it while a reaction to the session lasts</source>
        <translation>Ankreuzen, solange eine Reaktion auf die Sitzung anhält</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="209"/>
        <location filename="../ui/TodayPage.cpp" line="210"/>
        <source>After-session answers</source>
        <translation>Angaben nach der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="213"/>
        <location filename="../ui/TodayPage.cpp" line="482"/>
        <source>Today&apos;s plan</source>
        <translation>Plan für heute</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="218"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="222"/>
        <location filename="../ui/TodayPage.cpp" line="239"/>
        <location filename="../ui/TodayPage.cpp" line="352"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="224"/>
        <source>Anything about the day; saved as you type, at once with Ctrl+S</source>
        <translation>Alles zum Tag; wird beim Tippen gespeichert, sofort mit Strg+S</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="233"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="253"/>
        <source>Everything on this page is saved; it is saved as you type.</source>
        <translation>Alles auf dieser Seite ist gespeichert; es wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="255"/>
        <source>Pain score</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="256"/>
        <location filename="../ui/TodayPage.cpp" line="309"/>
        <source>Function score</source>
        <translation>Funktionswert</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="300"/>
        <source>unable to do it</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="301"/>
        <source>able to do it as before the pain</source>
        <translation>ausführbar wie vor den Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="360"/>
        <source>Set up your plan (File &gt; Set up) to see what today asks for.</source>
        <translation>Richten Sie Ihren Plan ein (Datei &gt; Plan einrichten), um zu sehen, was heute ansteht.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="365"/>
        <source>Before the plan starts (it starts on %1).</source>
        <translation>Vor Beginn des Plans (er beginnt am %1).</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="369"/>
        <source>Acute relief</source>
        <translation>Akute Linderung</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="369"/>
        <source>Active work</source>
        <translation>Aktives Training</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="370"/>
        <source>Maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="371"/>
        <source>Day %1, week %2 of your plan: phase %3, %4.</source>
        <translation>Tag %1, Woche %2 Ihres Plans: Phase %3, %4.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="408"/>
        <location filename="../ui/TodayPage.cpp" line="711"/>
        <source>Function score for the day: %1</source>
        <translation>Funktionswert des Tages: %1</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="427"/>
        <source>After your massage session yesterday, %1</source>
        <translation>Nach Ihrer Massagesitzung gestern, %1</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="428"/>
        <source>After your massage session of %1, %2 days ago</source>
        <translation>Nach Ihrer Massagesitzung vom %1, vor %2 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="447"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="449"/>
        <location filename="../ui/TodayPage.cpp" line="463"/>
        <source>Plan checklist</source>
        <translation>Plan-Checkliste</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="458"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="461"/>
        <source>of %1 %2</source>
        <translation>Ziel: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="474"/>
        <source>Today&apos;s plan: what you did of it</source>
        <translation>Plan für heute: was Sie davon gemacht haben</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="480"/>
        <source>Today&apos;s plan (walking target: %1 minutes)</source>
        <translation>Plan für heute (Gehziel: %1 Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="500"/>
        <source>As the patient logged it.</source>
        <translation>So, wie die Patient:in es eingetragen hat.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="501"/>
        <source>The patient logged nothing on this day.</source>
        <translation>Die Patient:in hat an diesem Tag nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="505"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="506"/>
        <source>Nothing logged today yet. Start with your pain score.</source>
        <translation>Heute ist noch nichts eingetragen. Beginnen Sie mit Ihrem Schmerzwert.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="507"/>
        <source>Nothing logged on this day. Start with the pain score.</source>
        <translation>Für diesen Tag ist nichts eingetragen. Beginnen Sie mit dem Schmerzwert.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="569"/>
        <source>Acknowledged on %1.</source>
        <translation>Bestätigt am %1.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="571"/>
        <source>Raised on %1 and still raised.</source>
        <translation>Ausgelöst am %1 und noch offen.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="575"/>
        <location filename="../ui/TodayPage.cpp" line="577"/>
        <source>Why: %1.</source>
        <translation>Warum: %1.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="584"/>
        <source>What to do about this day</source>
        <translation>Was an diesem Tag zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="682"/>
        <source>Choose a pain score to save this day.</source>
        <translation>Wählen Sie einen Schmerzwert, um diesen Tag zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="697"/>
        <source>Not saved: %1 The page shows what your diary holds.</source>
        <translation>Nicht gespeichert: %1 Die Seite zeigt, was Ihr Tagebuch enthält.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="704"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="706"/>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="713"/>
        <source>Rate every activity to give the day&apos;s function score.</source>
        <translation>Bewerten Sie jede Aktivität, um den Funktionswert des Tages zu erhalten.</translation>
    </message>
</context>
<context>
    <name>backlog::UpgradeHistoryDialog</name>
    <message>
        <location filename="../ui/UpgradeHistoryDialog.cpp" line="20"/>
        <source>Alerts found when the safety rules were updated</source>
        <translation>Warnhinweise, gefunden bei der Aktualisierung der Sicherheitsregeln</translation>
    </message>
    <message>
        <location filename="../ui/UpgradeHistoryDialog.cpp" line="25"/>
        <source>BackLog&apos;s safety rules were updated. Looking back over your diary with the new rules found the alerts below, for days before the update. They are history: they stay on the Alerts page and in your report, and only an emergency or urgent one from the last 3 days raises the warning at the top of the window. If one of them still applies to you today, do what it says.</source>
        <translation>Die Sicherheitsregeln von BackLog wurden aktualisiert. Der Rückblick auf Ihr Tagebuch mit den neuen Regeln hat die folgenden Warnhinweise gefunden, für Tage vor der Aktualisierung. Sie sind Vergangenheit: Sie bleiben auf der Seite Warnhinweise und in Ihrem Bericht, und nur ein Notfall oder ein dringender Hinweis aus den letzten 3 Tagen löst die Warnung oben im Fenster aus. Wenn einer davon heute noch auf Sie zutrifft, tun Sie, was er sagt.</translation>
    </message>
    <message>
        <location filename="../ui/UpgradeHistoryDialog.cpp" line="43"/>
        <source>Acknowledged on %1.</source>
        <translation>Bestätigt am %1.</translation>
    </message>
    <message>
        <location filename="../ui/UpgradeHistoryDialog.cpp" line="45"/>
        <source>Not acknowledged yet.</source>
        <translation>Noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/UpgradeHistoryDialog.cpp" line="60"/>
        <source>Alerts found</source>
        <translation>Gefundene Warnhinweise</translation>
    </message>
    <message>
        <location filename="../ui/UpgradeHistoryDialog.cpp" line="72"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="57"/>
        <source>Diary and coach for massage therapy and rehabilitation of low back pain</source>
        <translation>Tagebuch und Coach für Massagetherapie und Rehabilitation bei Schmerzen im unteren Rücken</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="62"/>
        <source>Open the diary at PATH.</source>
        <translation>Das Tagebuch unter PATH öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="66"/>
        <source>Start in the tray (used when starting at login).</source>
        <translation>Im Infobereich der Taskleiste starten (wird beim Start nach der Anmeldung verwendet).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="79"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="108"/>
        <source>the diary that could not be opened is kept in %1</source>
        <translation>das Tagebuch, das nicht geöffnet werden konnte, liegt weiterhin unter %1</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="128"/>
        <source>BackLog cannot read the diary</source>
        <translation>BackLog kann das Tagebuch nicht lesen</translation>
    </message>
</context>
</TS>
