import Configuration
import Testing

/// The `address` kind takes IP literals only, in every form RFC 4291 allows, and nothing else.
struct AddressTests {
    @Test(arguments: [
        "0.0.0.0", "127.0.0.1", "255.255.255.255", "10.0.0.254",
        "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334", "2001:DB8:0:0:8:800:200C:417A",
        "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::ffff:192.0.2.1",
        "64:ff9b::192.0.2.33", "1:2:3:4:5:6:1.2.3.4",
    ])
    func accepted(address: String) throws {
        #expect(try load(overrides: ["address=\(address)"])[TestKeys.address] == address)
    }

    @Test(arguments: [
        "", "localhost", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..2.3", "1.2.3.4 ", " ::1",
        "-1.2.3.4", "１.2.3.4", ":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "12345::1",
        "g::1", "::1%eth0", "[::1]", "1:2:3:4:5:6:7", ":1::", "1.2.3.4::", "::1.2.3", "::ffff:1.2.3.4:5",
        "1:2:3:4:5:6:7:1.2.3.4",
    ])
    func refused(address: String) {
        #expect(loadError(overrides: ["address=\(address)"])
                == "--set address=\(address): '\(address)' is not an IPv4 or IPv6 address (address)")
    }
}
