package io.demarc.catalog.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.controls.ControlLibrary;

/** Writes a catalog of hand-made controls into a folder and loads it the way the shipped one is loaded. */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    /** A control with every required field, for AWS::EC2::SecurityGroup; change or add fields with put(). */
    public static ObjectNode control(String id, String expression) {
        ObjectNode control = JsonNodeFactory.instance.objectNode();
        control.put("id", id).put("title", "Title of " + id).put("description", "What " + id + " checks.")
                .put("severity", "LOW").put("domain", "network-configuration").put("expression", expression)
                .put("remediation", "How to fix " + id + ".");
        control.putArray("resourceTypes").add("AWS::EC2::SecurityGroup");
        return control;
    }

    /** A one-file catalog of the given controls. */
    public static ControlLibrary load(Path folder, ObjectNode... controls) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.putArray("controls").addAll(List.of(controls));
        return loadRaw(folder, file.toString());
    }

    /** A one-file catalog whose control file is the given text, as is. */
    public static ControlLibrary loadRaw(Path folder, String controlFileJson) {
        write(folder, "catalog/catalog.json", "{\"version\":\"test-1\",\"controls\":[\"controls/test.json\"]}");
        write(folder, "catalog/controls/test.json", controlFileJson);
        return ControlLibrary.load(classLoader(folder), "catalog/catalog.json");
    }

    public static void write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ClassLoader classLoader(Path folder) {
        try {
            return new URLClassLoader(new URL[]{folder.toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
