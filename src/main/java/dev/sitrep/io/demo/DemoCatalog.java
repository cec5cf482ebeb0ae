package dev.sitrep.io.demo;

import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/// The names, places and products the demo incidents are made of: a managed service provider's staff, its
/// customers and what runs at their sites.
final class DemoCatalog {

    private DemoCatalog() {
    }

    record City(String name, ZoneId zone) {
        City(String name, String zone) {
            this(name, ZoneId.of(zone));
        }
    }

    /// A customer of the provider: where it is based, and, for some, a site abroad.
    record Company(String name, String domain, SlaTier tier, City home, City abroad) {
    }

    record Person(String name, StaffRole role, String phone, String skills) {
    }

    /// One sort of device: what it is, what runs on it, how it is named and how much it matters.
    ///
    /// @param prefix the hostname part after the site code: `COV-PLC-004`
    record Model(DeviceKind kind, String prefix, String product, List<String> versions, int criticality,
                 String notes, double weight) {
    }

    static final City LONDON = new City("London", "Europe/London");
    static final City MANCHESTER = new City("Manchester", "Europe/London");
    static final City LEEDS = new City("Leeds", "Europe/London");
    static final City BIRMINGHAM = new City("Birmingham", "Europe/London");
    static final City BRISTOL = new City("Bristol", "Europe/London");
    static final City GLASGOW = new City("Glasgow", "Europe/London");
    static final City EDINBURGH = new City("Edinburgh", "Europe/London");
    static final City CARDIFF = new City("Cardiff", "Europe/London");
    static final City BELFAST = new City("Belfast", "Europe/London");
    static final City NEWCASTLE = new City("Newcastle upon Tyne", "Europe/London");
    static final City SHEFFIELD = new City("Sheffield", "Europe/London");
    static final City NOTTINGHAM = new City("Nottingham", "Europe/London");
    static final City LIVERPOOL = new City("Liverpool", "Europe/London");
    static final City SOUTHAMPTON = new City("Southampton", "Europe/London");
    static final City ABERDEEN = new City("Aberdeen", "Europe/London");
    static final City NORWICH = new City("Norwich", "Europe/London");
    static final City EXETER = new City("Exeter", "Europe/London");
    static final City YORK = new City("York", "Europe/London");
    static final City READING = new City("Reading", "Europe/London");
    static final City MILTON_KEYNES = new City("Milton Keynes", "Europe/London");
    static final City PLYMOUTH = new City("Plymouth", "Europe/London");
    static final City DUBLIN = new City("Dublin", "Europe/Dublin");
    static final City ROTTERDAM = new City("Rotterdam", "Europe/Amsterdam");
    static final City STOCKHOLM = new City("Stockholm", "Europe/Stockholm");
    static final City NEW_YORK = new City("New York", "America/New_York");
    static final City SINGAPORE = new City("Singapore", "Asia/Singapore");
    static final City KRAKOW = new City("Kraków", "Europe/Warsaw");
    static final City TORONTO = new City("Toronto", "America/Toronto");

    static final List<City> UK_CITIES = List.of(LONDON, MANCHESTER, LEEDS, BIRMINGHAM, BRISTOL, GLASGOW, EDINBURGH,
            CARDIFF, BELFAST, NEWCASTLE, SHEFFIELD, NOTTINGHAM, LIVERPOOL, SOUTHAMPTON, ABERDEEN, NORWICH, EXETER,
            YORK, READING, MILTON_KEYNES, PLYMOUTH);

    /// The provider's customers; the zero-day draws 26 of them, the ransomware a few for deferred work.
    static final List<Company> COMPANIES = List.of(
            new Company("Harrowgate Building Society", "harrowgatebs.co.uk", SlaTier.PLATINUM, LEEDS, null),
            new Company("Pennine Freight Ltd", "penninefreight.co.uk", SlaTier.GOLD, MANCHESTER, DUBLIN),
            new Company("Calder Valley Healthcare Partnership", "caldervalleyhealth.org.uk", SlaTier.PLATINUM,
                    SHEFFIELD, null),
            new Company("Brightwater Legal LLP", "brightwaterlegal.com", SlaTier.GOLD, LONDON, NEW_YORK),
            new Company("Northgate Insurance Brokers", "northgate-insurance.co.uk", SlaTier.SILVER, NEWCASTLE, null),
            new Company("Kestrel Logistics", "kestrel-logistics.co.uk", SlaTier.GOLD, MILTON_KEYNES, ROTTERDAM),
            new Company("Ashdown & Finch Solicitors", "ashdownfinch.co.uk", SlaTier.SILVER, BRISTOL, null),
            new Company("Meridian Housing Association", "meridianhousing.org.uk", SlaTier.STANDARD, BIRMINGHAM,
                    null),
            new Company("Oakridge Academy Trust", "oakridgeacademies.org.uk", SlaTier.STANDARD, NOTTINGHAM, null),
            new Company("Thistle Engineering Group", "thistle-eng.co.uk", SlaTier.GOLD, GLASGOW, null),
            new Company("Saltire Energy Services", "saltire-energy.com", SlaTier.PLATINUM, ABERDEEN, SINGAPORE),
            new Company("Brunel & Hart Architects", "brunelhart.co.uk", SlaTier.SILVER, BRISTOL, null),
            new Company("Cobalt Pharma UK", "cobaltpharma.co.uk", SlaTier.PLATINUM, READING, DUBLIN),
            new Company("Fenwick & Rowe Foods", "fenwickrowe.co.uk", SlaTier.GOLD, NORWICH, null),
            new Company("Lowther Hotels", "lowtherhotels.com", SlaTier.SILVER, EDINBURGH, null),
            new Company("Greyfriars Wealth Management", "greyfriarswealth.co.uk", SlaTier.GOLD, EDINBURGH, null),
            new Company("Millbrook District Council", "millbrook.gov.uk", SlaTier.SILVER, EXETER, null),
            new Company("Riverside Veterinary Group", "riversidevets.co.uk", SlaTier.STANDARD, YORK, null),
            new Company("Sable Marine Insurance", "sablemarine.com", SlaTier.GOLD, LONDON, SINGAPORE),
            new Company("Tamar Valley Dairies", "tamarvalleydairies.co.uk", SlaTier.STANDARD, PLYMOUTH, null),
            new Company("Vantage Recruitment", "vantage-recruitment.co.uk", SlaTier.STANDARD, MANCHESTER, null),
            new Company("Wrekin Steel Fabrications", "wrekinsteel.co.uk", SlaTier.SILVER, BIRMINGHAM, null),
            new Company("Quayside Media", "quaysidemedia.co.uk", SlaTier.STANDARD, NEWCASTLE, null),
            new Company("Hollins & Marsh Accountants", "hollinsmarsh.co.uk", SlaTier.SILVER, LIVERPOOL, null),
            new Company("Lindqvist Nordic Trading", "lindqvist-nordic.se", SlaTier.GOLD, LONDON, STOCKHOLM),
            new Company("Beacon Credit Union", "beaconcu.org.uk", SlaTier.STANDARD, CARDIFF, null),
            new Company("Corvid Security Systems", "corvidsecurity.co.uk", SlaTier.GOLD, SOUTHAMPTON, TORONTO),
            new Company("Vistula Components", "vistula-components.pl", SlaTier.SILVER, BELFAST, KRAKOW));

    /// The provider's war-room staff, in the order the zero-day draws its ten from.
    static final List<Person> STAFF = List.of(
            new Person("Priya Shah", StaffRole.COMMANDER, "+44 7700 900101", "incident command, Exchange"),
            new Person("David Achterberg", StaffRole.MANAGER, "+44 7700 900102", "service management"),
            new Person("Zoë Łukasiewicz", StaffRole.ENGINEER, "+44 7700 900103", "Exchange, PowerShell, Windows Server"),
            new Person("Nguyễn Văn An", StaffRole.ENGINEER, "+44 7700 900104", "Exchange, Active Directory"),
            new Person("Tomás Ó Briain", StaffRole.ENGINEER, "+44 7700 900105", "Windows Server, VMware"),
            new Person("Kwame Mensah", StaffRole.ENGINEER, "+44 7700 900106", "security, EDR, forensics"),
            new Person("田中 美咲", StaffRole.ENGINEER, "+44 7700 900107", "networks, FortiGate, Cisco"),
            new Person("Hannah Okafor", StaffRole.TAM, "+44 7700 900108", "account management"),
            new Person("Rhys Pritchard", StaffRole.TAM, "+44 7700 900109", "account management"),
            new Person("Chloé Dubois", StaffRole.TAM, "+44 7700 900110", "account management, French"),
            new Person("Marcus Whitfield", StaffRole.COMMANDER, "+44 7700 900111", "incident command, backup"),
            new Person("Андрей Соколов", StaffRole.ENGINEER, "+44 7700 900112", "Veeam, storage, VMware"),
            new Person("Δημήτρης Παπαδόπουλος", StaffRole.ENGINEER, "+44 7700 900113", "OT, Siemens, PLC"),
            new Person("Fatima Al-Sayed", StaffRole.ENGINEER, "+44 7700 900114", "desktop, Intune, imaging"),
            new Person("Oluwaseun Adeyemi", StaffRole.ENGINEER, "+44 7700 900115", "desktop, imaging"),
            new Person("Jakub Novák", StaffRole.ENGINEER, "+44 7700 900116", "SAP basis, SQL Server"),
            new Person("Siobhán Gallagher", StaffRole.MANAGER, "+44 7700 900117", "service management, insurers"),
            new Person("Mateus Ferreira", StaffRole.ENGINEER, "+44 7700 900118", "networks, Wi-Fi"));

    static final int ZERO_DAY_STAFF = 10;

    static final List<String> FIRST_NAMES = List.of("Sarah", "James", "Aisha", "Tom", "Gareth", "Niamh", "Olivia",
            "Raj", "Emma", "Callum", "Fiona", "Ahmed", "Lucy", "Dominic", "Sinead", "Kerry", "Ben", "Joanna", "Ravi",
            "Claire", "Mohammed", "Helen", "Stuart", "Anita", "Ewan", "Gemma", "Pawel", "Ingrid", "Marco", "Leah");
    static final List<String> SURNAMES = List.of("Thompson", "Patel", "Walsh", "Campbell", "Hughes", "Okonkwo",
            "Fraser", "Brennan", "Kaur", "Evans", "Doyle", "Nowak", "Reid", "Ahmed", "Wright", "Murphy", "Clarke",
            "Jones", "Kowalski", "Bennett", "Hussain", "MacLeod", "Price", "Lindgren", "Rossi", "Chaudhry", "Young");

    static final List<String> EXCHANGE_VERSIONS = List.of("2016 CU23", "2019 CU13", "2019 CU14", "2019 CU14",
            "2019 CU15", "2019 CU15");

    /// The manufacturer hit by ransomware: headquarters first, then its twelve plants.
    static final String MANUFACTURER = "Arden Valley Manufacturing plc";
    static final String MANUFACTURER_DOMAIN = "ardenvalley.co.uk";

    record Plant(String code, String name, City city) {
    }

    static final List<Plant> PLANTS = List.of(
            new Plant("BHM", "Birmingham Headquarters", BIRMINGHAM),
            new Plant("COV", "Coventry Plant", new City("Coventry", "Europe/London")),
            new Plant("TFD", "Telford Plant", new City("Telford", "Europe/London")),
            new Plant("DBY", "Derby Plant", new City("Derby", "Europe/London")),
            new Plant("SHF", "Sheffield Forge", SHEFFIELD),
            new Plant("WRX", "Wrexham Plant", new City("Wrexham", "Europe/London")),
            new Plant("SUN", "Sunderland Plant", new City("Sunderland", "Europe/London")),
            new Plant("SWI", "Swindon Plant", new City("Swindon", "Europe/London")),
            new Plant("GLA", "Glasgow Plant", GLASGOW),
            new Plant("DKK", "Dundalk Plant", new City("Dundalk", "Europe/Dublin")),
            new Plant("GLW", "Gliwice Plant", new City("Gliwice", "Europe/Warsaw")),
            new Plant("BRN", "Brno Plant", new City("Brno", "Europe/Prague")),
            new Plant("QRO", "Querétaro Plant", new City("Querétaro", "America/Mexico_City")));

    static final List<Model> HEADQUARTERS_MODELS = List.of(
            new Model(DeviceKind.WORKSTATION, "WS", "Windows 11 Enterprise", List.of("23H2", "24H2"), 3, "", 0.42),
            new Model(DeviceKind.WORKSTATION, "LT", "Windows 11 Enterprise", List.of("23H2", "24H2"), 3, "Laptop",
                    0.22),
            new Model(DeviceKind.WORKSTATION, "WS", "Windows 10 Enterprise", List.of("22H2"), 3, "", 0.06),
            new Model(DeviceKind.SERVER, "DC", "Windows Server", List.of("2022 Datacenter"), 1, "Domain controller",
                    0.005),
            new Model(DeviceKind.SERVER, "ERP", "SAP S/4HANA", List.of("2022 FPS02"), 1, "ERP application server",
                    0.01),
            new Model(DeviceKind.SERVER, "SQL", "Microsoft SQL Server", List.of("2019 CU27", "2022 CU14"), 1, "", 0.015),
            new Model(DeviceKind.SERVER, "ESX", "VMware ESXi", List.of("7.0 U3", "8.0 U2"), 1, "Hypervisor host",
                    0.025),
            new Model(DeviceKind.SERVER, "BKP", "Veeam Backup & Replication", List.of("12.1"), 1, "Backup server",
                    0.005),
            new Model(DeviceKind.SERVER, "FS", "Windows Server", List.of("2019 Standard"), 2, "File server", 0.02),
            new Model(DeviceKind.SERVER, "APP", "Windows Server", List.of("2019 Standard", "2022 Standard"), 2, "",
                    0.08),
            new Model(DeviceKind.SERVER, "PRN", "Windows Server", List.of("2016 Standard"), 3, "Print server", 0.005),
            new Model(DeviceKind.NETWORK, "CORE", "Cisco Catalyst 9500", List.of("IOS XE 17.9.4a"), 1, "Core switch",
                    0.004),
            new Model(DeviceKind.NETWORK, "SW", "Cisco Catalyst 9300", List.of("IOS XE 17.9.4a"), 2, "", 0.03),
            new Model(DeviceKind.NETWORK, "FW", "Fortinet FortiGate 600F", List.of("FortiOS 7.2.8"), 1, "", 0.004),
            new Model(DeviceKind.NETWORK, "AP", "Aruba AP-535", List.of("AOS 10.5"), 3, "", 0.04),
            new Model(DeviceKind.EQUIPMENT, "MFP", "HP Color LaserJet Enterprise M776", List.of("FutureSmart 5.7"), 3,
                    "", 0.02),
            new Model(DeviceKind.OTHER, "CAM", "Axis P3265-LVE", List.of("AXIS OS 11.9"), 3, "CCTV camera", 0.015),
            new Model(DeviceKind.OTHER, "UPS", "APC Smart-UPS SRT 5000", List.of("NMC3 2.5"), 2, "", 0.005),
            new Model(DeviceKind.OTHER, "ACS", "Paxton Net2 Plus", List.of("4.11"), 2, "Door access controller",
                    0.006));

    static final List<Model> PLANT_MODELS = List.of(
            new Model(DeviceKind.WORKSTATION, "WS", "Windows 11 Enterprise", List.of("23H2", "24H2"), 3, "", 0.30),
            new Model(DeviceKind.WORKSTATION, "WS", "Windows 10 Enterprise", List.of("22H2"), 3, "", 0.12),
            new Model(DeviceKind.WORKSTATION, "EWS", "Windows 10 IoT Enterprise LTSC", List.of("2021"), 2,
                    "Engineering workstation", 0.08),
            new Model(DeviceKind.WORKSTATION, "LT", "Windows 11 Enterprise", List.of("23H2"), 3, "Laptop", 0.05),
            new Model(DeviceKind.SERVER, "DC", "Windows Server", List.of("2022 Standard"), 1, "Domain controller",
                    0.005),
            new Model(DeviceKind.SERVER, "MES", "Siemens Opcenter Execution", List.of("2304", "2401"), 1,
                    "Manufacturing execution", 0.008),
            new Model(DeviceKind.SERVER, "HIS", "AVEVA PI Server", List.of("2023"), 2, "Process historian", 0.005),
            new Model(DeviceKind.SERVER, "ESX", "VMware ESXi", List.of("7.0 U3"), 1, "Hypervisor host", 0.01),
            new Model(DeviceKind.SERVER, "FS", "Windows Server", List.of("2019 Standard"), 2, "File server", 0.01),
            new Model(DeviceKind.NETWORK, "SW", "Cisco Catalyst 9200L", List.of("IOS XE 17.9.4a"), 2, "", 0.05),
            new Model(DeviceKind.NETWORK, "ISW", "Cisco IE-3400", List.of("IOS XE 17.9.4a"), 1,
                    "Industrial switch", 0.02),
            new Model(DeviceKind.NETWORK, "FW", "Fortinet FortiGate 200F", List.of("FortiOS 7.2.8"), 1, "", 0.004),
            new Model(DeviceKind.NETWORK, "RTR", "Cisco ISR 4331", List.of("IOS XE 17.6.6"), 1, "WAN router", 0.004),
            new Model(DeviceKind.NETWORK, "AP", "Aruba AP-515", List.of("AOS 10.5"), 3, "", 0.02),
            new Model(DeviceKind.EQUIPMENT, "PLC", "Siemens SIMATIC S7-1500", List.of("FW V3.1", "FW V2.9"), 1, "",
                    0.08),
            new Model(DeviceKind.EQUIPMENT, "PLC", "Rockwell ControlLogix 5580", List.of("v34", "v35"), 1, "", 0.03),
            new Model(DeviceKind.EQUIPMENT, "HMI", "Siemens SIMATIC HMI TP1200 Comfort", List.of("V17", "V18"), 2, "",
                    0.07),
            new Model(DeviceKind.EQUIPMENT, "ROB", "FANUC R-30iB Plus", List.of("V9.30"), 1, "Robot controller", 0.02),
            new Model(DeviceKind.EQUIPMENT, "VIS", "Keyence CV-X480", List.of("5.3"), 2, "Vision inspection", 0.015),
            new Model(DeviceKind.EQUIPMENT, "LP", "Zebra ZT610", List.of("V92.21.39Z"), 2, "Label printer", 0.04),
            new Model(DeviceKind.EQUIPMENT, "LP", "Zebra ZT411", List.of("V92.21.39Z"), 2, "Label printer", 0.025),
            new Model(DeviceKind.OTHER, "CAM", "Axis P3265-LVE", List.of("AXIS OS 11.9"), 3, "CCTV camera", 0.02),
            new Model(DeviceKind.OTHER, "UPS", "APC Smart-UPS SRT 5000", List.of("NMC3 2.5"), 2, "", 0.006),
            new Model(DeviceKind.OTHER, "ACS", "Paxton Net2 Plus", List.of("4.11"), 2, "Door access controller",
                    0.005));

    /// A person's name as the local part of an e-mail address: `zoe.lukasiewicz`.
    static String emailLocalPart(String first, String last) {
        return ascii(first) + "." + ascii(last);
    }

    private static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace("Ł", "L").replace("ł", "l"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
