import Foundation
import Testing
import Tokens

@Suite("Random identifiers, resume codes, base64, constant-time comparison")
struct TokensTests {
    @Test func uuidsAreVersion4AndUnique() {
        let ids = (0..<1000).map { _ in RandomUUID.make() }
        #expect(Set(ids).count == 1000)
        for id in ids.prefix(50) {
            #expect(RandomUUID.isValid(id))
            #expect(UUID(uuidString: id) != nil)
            #expect(Array(id)[14] == "4")
            #expect("89ab".contains(Array(id)[19]))
        }
        #expect(!RandomUUID.isValid("not-a-uuid"))
        #expect(!RandomUUID.isValid("0123456789abcdef0123456789abcdef0123"))
    }

    @Test func resumeCodesAvoidAmbiguousCharacters() {
        for _ in 0..<200 {
            let code = ResumeCode.make()
            #expect(code.count == 9)
            #expect(!code.contains(where: { "01IOLZ2S5B8UV".contains($0) }))
            #expect(ResumeCode.normalize(code) == code)
        }
        #expect(ResumeCode.normalize(" k7wx 3mq9 ") == "K7WX-3MQ9")
        #expect(ResumeCode.normalize("K7WX-3MQO") == nil)
        #expect(ResumeCode.normalize("K7WX") == nil)
    }

    @Test(arguments: ["", "f", "fo", "foo", "foob", "fooba", "foobar", "é\u{0}\u{FF}"])
    func base64MatchesFoundation(text: String) {
        let bytes = Array(text.utf8)
        let encoded = Base64.encode(bytes)
        #expect(encoded == Data(bytes).base64EncodedString())
        #expect(Base64.decode(encoded) == bytes)
    }

    @Test func base64RefusesBadInput() {
        #expect(Base64.decode("Zm9v!mFy") == nil)
        #expect(Base64.decode("Zm9") == nil)
        #expect(Base64.decode("Zg==Zg==") == nil)
        #expect(Base64.decode("Z===") == nil)
    }

    @Test func constantTimeEquality() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
    }
}

@Suite("SHA-256 and HMAC against published vectors")
struct DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(input: String, expected: String) {
        #expect(Hex.encode(SHA256.hash(Array(input.utf8))) == expected)
    }

    @Test func sha256OfAMillionAsInPieces() {
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update([UInt8](repeating: 0x61, count: 1000)) }
        #expect(Hex.encode(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hmacRFC4231() {
        // Test case 2 and test case 6 (key longer than a block).
        #expect(Hex.encode(HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(Hex.encode(HMAC.sha256(key: [UInt8](repeating: 0xaa, count: 131),
                                       message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func hmacWithAnEmptyKey() {
        #expect(Hex.encode(HMAC.sha256(key: [], message: []))
                == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }

    @Test func sha256CopiesContinueOnTheirOwn() {
        var first = SHA256()
        first.update(Array("ab".utf8))
        var second = first
        second.update(Array("c".utf8))
        first.update(Array("x".utf8))
        #expect(Hex.encode(second.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(first.finalize() == SHA256.hash(Array("abx".utf8)))
    }

    @Test func pbkdf2HMACSHA256Vectors() {
        // The RFC 6070 inputs, with SHA-256 (as published for PBKDF2-HMAC-SHA256).
        #expect(Hex.encode(PasswordHash.make(password: "password", salt: Array("salt".utf8), iterations: 1))
                == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")
        #expect(Hex.encode(PasswordHash.make(password: "password", salt: Array("salt".utf8), iterations: 4096))
                == "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")
        #expect(PasswordHash.matches(password: "password", salt: Array("salt".utf8), iterations: 2,
                                     hash: PasswordHash.make(password: "password", salt: Array("salt".utf8), iterations: 2)))
        #expect(!PasswordHash.matches(password: "passwore", salt: Array("salt".utf8), iterations: 2,
                                      hash: PasswordHash.make(password: "password", salt: Array("salt".utf8), iterations: 2)))
    }

    @Test func randomBytesDiffer() {
        #expect(RandomBytes.make(0).isEmpty)
        #expect(RandomBytes.make(32).count == 32)
        #expect(RandomBytes.make(32) != RandomBytes.make(32))
    }

    @Test func pinHashesDependOnSaltAndPIN() {
        let salt = RandomBytes.make(16)
        let hash = PINHash.make(pin: "1234", salt: salt)
        #expect(PINHash.matches(pin: "1234", salt: salt, hash: hash))
        #expect(!PINHash.matches(pin: "1235", salt: salt, hash: hash))
        #expect(PINHash.make(pin: "1234", salt: RandomBytes.make(16)) != hash)
    }
}
