package org.hedgerow.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A software passkey for the tests: an ES256 key pair that answers Spring Security's creation and request
 * options as a platform authenticator would ("none" attestation, user present and verified), built from
 * webauthn4j's own data classes so that what it sends is what a browser sends. It can also be told to lie:
 * a signature that does not verify, or a user handle of another account.
 */
final class TestAuthenticator {

    static final String ORIGIN = "http://localhost:8080";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private final KeyPair keys;
    private final String origin;
    private final byte[] credentialId = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    private String userHandle;
    private long signCount;

    TestAuthenticator() {
        this(ORIGIN);
    }

    /** One in a page at {@code origin} (what the browser puts in the client data it signs). */
    TestAuthenticator(String origin) {
        this.origin = origin;
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The credential id as Spring and the graph write it. */
    String credentialId() {
        return b64(credentialId);
    }

    String userHandle() {
        return userHandle;
    }

    /** The body of {@code POST /webauthn/register} answering the creation options (a JSON text) it is given. */
    String register(String creationOptions, String label) throws Exception {
        JsonNode options = JSON.readTree(creationOptions);
        userHandle = options.get("user").get("id").asString();
        String rpId = options.get("rp").get("id").asString();
        byte[] clientData = clientData("webauthn.create", options.get("challenge").asString());
        var attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> authenticatorData = new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT), signCount,
                attested);
        byte[] attestationObject = CONVERTER.getCborConverter().writeValueAsBytes(
                new AttestationObject(authenticatorData, new NoneAttestationStatement()));
        var response = new LinkedHashMap<String, Object>();
        response.put("attestationObject", b64(attestationObject));
        response.put("clientDataJSON", b64(clientData));
        response.put("transports", new String[] {"internal"});
        return JSON.writeValueAsString(Map.of("publicKey", Map.of("label", label, "credential",
                credential(response))));
    }

    /** The body of {@code POST /login/webauthn} answering the request options (a JSON text) it is given. */
    String assertion(String requestOptions) throws Exception {
        return assertion(requestOptions, userHandle, false);
    }

    /** An assertion whose signature is not the key's: what a forged or tampered answer looks like. */
    String assertionWithBadSignature(String requestOptions) throws Exception {
        return assertion(requestOptions, userHandle, true);
    }

    /** An assertion, correctly signed, that names another account's user handle. */
    String assertionFor(String otherUserHandle, String requestOptions) throws Exception {
        return assertion(requestOptions, otherUserHandle, false);
    }

    private String assertion(String requestOptions, String handle, boolean spoilSignature) throws Exception {
        JsonNode options = JSON.readTree(requestOptions);
        byte[] clientData = clientData("webauthn.get", options.get("challenge").asString());
        signCount++;
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(new AuthenticatorData<>(
                sha256(options.get("rpId").asString().getBytes(StandardCharsets.UTF_8)),
                (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV), signCount));
        var signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(ByteBuffer.allocate(authenticatorData.length + 32).put(authenticatorData).put(sha256(clientData))
                .array());
        byte[] signature = signer.sign();
        if (spoilSignature) {
            signature[signature.length - 1] ^= 0x01;
        }
        var response = new LinkedHashMap<String, Object>();
        response.put("authenticatorData", b64(authenticatorData));
        response.put("clientDataJSON", b64(clientData));
        response.put("signature", b64(signature));
        response.put("userHandle", handle);
        return JSON.writeValueAsString(credential(response));
    }

    private Map<String, Object> credential(Map<String, Object> response) {
        var credential = new LinkedHashMap<String, Object>();
        credential.put("id", b64(credentialId));
        credential.put("rawId", b64(credentialId));
        credential.put("response", response);
        credential.put("type", "public-key");
        credential.put("clientExtensionResults", Map.of());
        credential.put("authenticatorAttachment", "platform");
        return credential;
    }

    private byte[] clientData(String type, String challenge) {
        return JSON.writeValueAsBytes(Map.of("type", type, "challenge", challenge, "origin", origin,
                "crossOrigin", false));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
