package dev.sitrep.io.csv;

import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.InventoryListing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InventoryCsvReaderTest {

    static final String HEADER = "customer,site,hostname,kind,product,version,city,criticality";

    static CsvInventory read(String text) {
        return InventoryCsvReader.read("inventory.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(CsvInventory inventory) {
        return inventory.problems().stream().map(CsvProblem::describe).toList();
    }

    @Nested
    class Encoding {

        @Test
        void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
            CsvInventory inventory = read("\uFEFF" + HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n");

            assertThat(inventory.problems()).isEmpty();
            assertThat(inventory.rows()).singleElement().extracting(CsvRow::customer).isEqualTo("Acme");
        }

        @Test
        void readsTheSameRowsWithCrlfAndWithLf() {
            String lf = HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\nAcme,York,FW-01,network,"
                    + "FortiGate,7.4,York,2\n";

            CsvInventory withLf = read(lf);
            CsvInventory withCrlf = read(lf.replace("\n", "\r\n"));

            assertThat(withLf.problems()).isEmpty();
            assertThat(withCrlf.rows()).isEqualTo(withLf.rows());
            assertThat(withCrlf.rows()).extracting(CsvRow::line).containsExactly(2, 3);
        }

        @Test
        void keepsLettersBeyondAscii() {
            CsvInventory inventory = read(HEADER + "\nZoë Café Ltd,Zürich,ZRH-01,server,Exchange,2019,Zürich,1\n");

            assertThat(inventory.rows().getFirst().listing().customer()).isEqualTo("Zoë Café Ltd");
            assertThat(inventory.rows().getFirst().listing().city()).isEqualTo("Zürich");
        }

        @Test
        void aFileThatIsNotUtf8SaysWhichLineAndHowToSaveIt() {
            byte[] latin1 = (HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\nZoë,Leeds,A,server,,,Leeds,1\n")
                    .getBytes(StandardCharsets.ISO_8859_1);

            CsvInventory inventory = InventoryCsvReader.read("inventory.csv", latin1);

            assertThat(problems(inventory)).singleElement().asString()
                    .startsWith("inventory.csv line 3: byte 0xEB is not UTF-8 text").contains("CSV UTF-8");
            assertThat(inventory.rows()).isEmpty();
        }

        @Test
        void aUtf16FileIsNamedAsSuch() {
            byte[] utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16);

            assertThat(problems(InventoryCsvReader.read("inventory.csv", utf16))).singleElement().asString()
                    .contains("UTF-16");
        }
    }

    @Nested
    class Header {

        @Test
        void columnsMayComeInAnyOrderWithBlanksAndAnyCase() {
            CsvInventory inventory = read(" Criticality , HOSTNAME,site,Customer,kind,Version,product,city, Time Zone ,NOTES\n"
                    + "1,EXCH-01,Leeds,Acme,Server,2019 CU14,Exchange,Leeds,Europe/London,Patched\n");

            assertThat(inventory.problems()).isEmpty();
            assertThat(inventory.rows().getFirst().listing()).isEqualTo(new InventoryListing("Acme", "Leeds", "Leeds",
                    ZoneId.of("Europe/London"), "EXCH-01", DeviceKind.SERVER, "Exchange", "2019 CU14", 1, "Patched"));
        }

        @Test
        void namesEveryMissingRequiredColumnOnLineOne() {
            CsvInventory inventory = read("customer,site,hostname,product,city\nAcme,Leeds,EXCH-01,Exchange,Leeds\n");

            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 1, column \"kind\": missing from the header row, which must name " + HEADER,
                    "inventory.csv line 1, column \"version\": missing from the header row, which must name " + HEADER,
                    "inventory.csv line 1, column \"criticality\": missing from the header row, which must name "
                            + HEADER);
            assertThat(inventory.rows()).as("rows cannot be read without their columns").isEmpty();
        }

        @Test
        void unknownAndRepeatedColumnsAreProblemsButTheRowsAreStillChecked() {
            CsvInventory inventory = read(HEADER + ",owner,site\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,7,Sam,York\n");

            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 1: \"owner\" (column 9) is not an inventory column; the columns are "
                            + HEADER + ",timezone,notes",
                    "inventory.csv line 1, column \"site\": named twice in the header, as columns 2 and 10",
                    "inventory.csv line 2, column \"criticality\": 7 is outside 1-3 (1 high, 3 low)");
        }

        @Test
        void anEmptyFileNeedsAHeader() {
            assertThat(problems(read(""))).containsExactly(
                    "inventory.csv line 1: the file is empty; it needs a header row: " + HEADER + ",timezone,notes");
            assertThat(problems(read("\n\n"))).hasSize(1);
        }

        @Test
        void aSemicolonSeparatedFileIsRecognised() {
            assertThat(problems(read(HEADER.replace(',', ';') + "\n"))).singleElement().asString()
                    .contains("separated by semicolons");
        }

        @Test
        void aColumnWithoutANameMayStayEmpty() {
            CsvInventory inventory = read(HEADER + ",\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1,\n"
                    + "Acme,Leeds,EXCH-02,server,Exchange,2019,Leeds,1,oops\n");

            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 3: has a value in column 9, which the header does not name");
        }
    }

    @Nested
    class Quoting {

        @Test
        void quotedValuesMayHoldCommasQuotesAndLineBreaksAndLineNumbersStayPhysical() {
            CsvInventory inventory = read(HEADER + ",notes\r\n"
                    + "\"Acme, Inc.\",Leeds,EXCH-01,server,Exchange,2019,Leeds,1,\"Two lines:\r\nfirst\r\nsecond\"\r\n"
                    + "Acme,\"Leeds \"\"North\"\"\",EXCH-02,server,Exchange,2019,Leeds,2,\r\n"
                    + "Acme,York,FW-01,network,FortiGate,7.4,York,x,\r\n");

            assertThat(inventory.rows()).extracting(CsvRow::line).containsExactly(2, 5, 6);
            assertThat(inventory.rows().get(0).listing().customer()).isEqualTo("Acme, Inc.");
            assertThat(inventory.rows().get(0).listing().notes()).isEqualTo("Two lines:\nfirst\nsecond");
            assertThat(inventory.rows().get(1).listing().site()).isEqualTo("Leeds \"North\"");
            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 6, column \"criticality\": \"x\" is not a whole number; use 1 (high), 2 or 3 (low)");
        }

        @Test
        void surroundingBlanksAreTrimmedInsideAndOutsideQuotes() {
            CsvInventory inventory = read(HEADER + "\n  Acme  , \"  Leeds \" ,EXCH-01 ,server, Exchange,2019 , Leeds, 1 \n");

            InventoryListing listing = inventory.rows().getFirst().listing();
            assertThat(listing.customer()).isEqualTo("Acme");
            assertThat(listing.site()).isEqualTo("Leeds");
            assertThat(listing.hostname()).isEqualTo("EXCH-01");
            assertThat(listing.criticality()).isEqualTo(1);
        }

        @Test
        void aQuoteNeverClosedIsAProblemOnTheLineItOpens() {
            CsvInventory inventory = read(HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n"
                    + "Acme,\"Leeds,EXCH-02,server,Exchange,2019,Leeds,1\nAcme,York,FW-01,network,,,York,2\n");

            assertThat(problems(inventory)).singleElement().asString().startsWith("inventory.csv line 3: a quoted value "
                    + "starts on this line and its closing quote (\") is missing");
            assertThat(inventory.rows()).extracting(CsvRow::line).containsExactly(2);
        }

        @Test
        void blankRowsAreSkippedWithoutShiftingLineNumbers() {
            CsvInventory inventory = read(HEADER + "\n\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n,,,,,,,\n"
                    + "Acme,Leeds,EXCH-02,server,Exchange,2019,Leeds,9\n\n");

            assertThat(inventory.rows()).extracting(CsvRow::line).containsExactly(3, 5);
            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 5, column \"criticality\": 9 is outside 1-3 (1 high, 3 low)");
        }
    }

    @Nested
    class Rows {

        @Test
        void reportsEveryProblemOfEveryRowNotJustTheFirst() {
            CsvInventory inventory = read(HEADER + ",timezone\n"
                    + ",Leeds,,router,Exchange,2019,Leeds,0,Europe/Lodnon\n"
                    + "Acme,,EXCH-02,server,Exchange,2019,Leeds,high,\n"
                    + "Acme,Leeds,EXCH-03,server,Exchange,2019,Leeds,1,Europe/London\n"
                    + "Acme,Leeds,EXCH-04,,Exchange,2019,Leeds,,\n");

            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 2, column \"customer\": is empty; every row names its customer, site and hostname",
                    "inventory.csv line 2, column \"hostname\": is empty; every row names its customer, site and hostname",
                    "inventory.csv line 2, column \"kind\": \"router\" is not a device kind; use one of server, "
                            + "workstation, network, equipment, other",
                    "inventory.csv line 2, column \"criticality\": 0 is outside 1-3 (1 high, 3 low)",
                    "inventory.csv line 2, column \"timezone\": \"Europe/Lodnon\" is not a time zone; use a name such "
                            + "as Europe/London, America/New_York or UTC",
                    "inventory.csv line 3, column \"site\": is empty; every row names its customer, site and hostname",
                    "inventory.csv line 3, column \"criticality\": \"high\" is not a whole number; use 1 (high), 2 or 3 (low)",
                    "inventory.csv line 5, column \"kind\": is empty; use one of server, workstation, network, "
                            + "equipment, other",
                    "inventory.csv line 5, column \"criticality\": is empty; use 1 (high), 2 or 3 (low)");
            assertThat(inventory.rows()).extracting(CsvRow::isValid).containsExactly(false, false, true, false);
            assertThat(inventory.rows().get(0).site()).as("a row with problems keeps its names").isEqualTo("Leeds");
        }

        @Test
        void kindsAndTimeZonesAreMatchedIgnoringCase() {
            CsvInventory inventory = read(HEADER + ",timezone\nAcme,Leeds,SW-01,NETWORK,Catalyst,17,Leeds,3,europe/london\n");

            assertThat(inventory.rows().getFirst().listing().kind()).isEqualTo(DeviceKind.NETWORK);
            assertThat(inventory.rows().getFirst().listing().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        }

        @Test
        void aRowWithTheWrongNumberOfValuesSaysSoAndNothingElse() {
            CsvInventory inventory = read(HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds\n"
                    + "Acme, Inc.,Leeds,EXCH-02,server,Exchange,2019,Leeds,1\n"
                    + "Acme,Leeds,EXCH-03,server,Exchange,2019,Leeds,1,,\n");

            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 2: has 7 values but the header has 8 columns",
                    "inventory.csv line 3: has 9 values but the header has 8 columns; put quotes around a value that "
                            + "holds a comma");
            assertThat(inventory.rows().get(2).isValid()).as("trailing empty values are harmless").isTrue();
        }

        @Test
        void valuesLongerThanTheDatabaseKeepsAreProblems() {
            String longName = "A".repeat(201);
            CsvInventory inventory = read(HEADER + ",notes\n" + longName + ",Leeds," + "h".repeat(256)
                    + ",server,Exchange," + "9".repeat(101) + ",Leeds,1," + "n".repeat(20_001) + "\n");

            assertThat(problems(inventory)).containsExactly(
                    "inventory.csv line 2, column \"customer\": is 201 characters long; at most 200 fit",
                    "inventory.csv line 2, column \"hostname\": is 256 characters long; at most 255 fit",
                    "inventory.csv line 2, column \"version\": is 101 characters long; at most 100 fit",
                    "inventory.csv line 2, column \"notes\": is 20001 characters long; at most 20000 fit");
        }

        @Test
        void withoutTheOptionalColumnsTimeZoneAndNotesAreNotSaid() {
            InventoryListing listing = read(HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n")
                    .rows().getFirst().listing();

            assertThat(listing.timeZone()).isNull();
            assertThat(listing.notes()).isNull();
        }

        @Test
        void anEmptyNotesValueClearsNotesButAnEmptyTimeZoneSaysNothing() {
            InventoryListing listing = read(HEADER + ",timezone,notes\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1,,\n")
                    .rows().getFirst().listing();

            assertThat(listing.timeZone()).isNull();
            assertThat(listing.notes()).isEmpty();
        }
    }

    @Nested
    class Files_ {

        @TempDir
        Path folder;

        @Test
        void readsAFileAndNamesItWithoutItsFolder() throws IOException {
            Path file = Files.writeString(folder.resolve("acme.csv"), HEADER + "\nAcme,Leeds,EXCH-01,server,,,Leeds,5\n");

            assertThat(problems(InventoryCsvReader.read(file))).containsExactly(
                    "acme.csv line 2, column \"criticality\": 5 is outside 1-3 (1 high, 3 low)");
        }

        @Test
        void aMissingFileFailsWithASentenceNamingIt() {
            Path missing = folder.resolve("missing.csv");

            assertThatThrownBy(() -> InventoryCsvReader.read(missing)).isInstanceOf(IOException.class)
                    .hasMessage("There is no file " + missing.toAbsolutePath() + ".");
        }

        @Test
        void theExampleInTheDocsReadsWithoutProblems() throws IOException {
            CsvInventory example = InventoryCsvReader.read(Path.of("docs/inventory-example.csv"));

            assertThat(example.problems()).isEmpty();
            assertThat(example.rows()).hasSizeGreaterThan(10);
            assertThat(example.rows()).extracting(CsvRow::customer).contains("Zoë Café Ltd");
            assertThat(example.rows()).anySatisfy(row -> assertThat(row.customer()).contains(","));
        }
    }
}
