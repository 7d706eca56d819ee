package io.demarc.cli.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes packages in the layout reporting-service produces, with the means to damage them on purpose. */
final class PackageBuilder {

    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, byte[]> extra = new LinkedHashMap<>();
    KeyPair signer;
    String signatureAlgorithm;
    boolean includePublicKey = true;
    /** Applied to the manifest after it is signed, as an attacker editing it would. */
    String manifestAfterSigning;

    PackageBuilder() {
        files.put("findings.csv", "finding_id,status\r\nf-1,FAIL\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("posture.json", "{\"score\": 42.0}".getBytes(StandardCharsets.UTF_8));
        files.put("exceptions.json", "[]".getBytes(StandardCharsets.UTF_8));
    }

    PackageBuilder signedBy(KeyPair keys, String algorithm) {
        this.signer = keys;
        this.signatureAlgorithm = algorithm;
        return this;
    }

    String manifest() throws Exception {
        StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"tenantId\":\"acme\",");
        if (signer != null) {
            json.append("\"signature\":{\"algorithm\":\"").append(signatureAlgorithm)
                    .append("\",\"publicKeySha256\":\"").append(sha256(signer.getPublic().getEncoded()))
                    .append("\"},");
        }
        json.append("\"files\":[");
        String separator = "";
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            json.append(separator).append("{\"path\":\"").append(file.getKey()).append("\",\"sha256\":\"")
                    .append(sha256(file.getValue())).append("\",\"size\":").append(file.getValue().length)
                    .append('}');
            separator = ",";
        }
        return json.append("]}").toString();
    }

    /** Writes the ZIP; {@code damage} may change a file's bytes after the manifest was computed. */
    Path write(Path dir, Map<String, byte[]> damage) throws Exception {
        byte[] manifest = manifest().getBytes(StandardCharsets.UTF_8);
        Path zip = Files.createTempFile(dir, "package-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(out, file.getKey(), damage.getOrDefault(file.getKey(), file.getValue()));
            }
            for (Map.Entry<String, byte[]> file : extra.entrySet()) {
                put(out, file.getKey(), file.getValue());
            }
            byte[] shipped = manifestAfterSigning == null
                    ? manifest
                    : manifestAfterSigning.getBytes(StandardCharsets.UTF_8);
            put(out, "manifest.json", shipped);
            if (signer != null) {
                Signature signature = Signature.getInstance(signatureAlgorithm);
                signature.initSign(signer.getPrivate());
                signature.update(manifest);
                put(out, "manifest.sig", Base64.getEncoder().encode(signature.sign()));
                if (includePublicKey) {
                    put(out, "signing-key.pub.pem", pem(signer).getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        return zip;
    }

    static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        ((OutputStream) out).write(content);
        out.closeEntry();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
