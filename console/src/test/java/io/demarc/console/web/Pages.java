package io.demarc.console.web;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;

/** Fetches a console page in a component test and parses it, so tests assert on elements, not on strings. */
public final class Pages {

    private Pages() {
    }

    /** An answer's HTML, parsed. */
    public static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** GET the page, expect the status, and answer its parsed HTML. */
    public static Document get(String path, int status) {
        Response response = given().redirects().follow(false).when().get(path);
        response.then().statusCode(status);
        return Jsoup.parse(response.asString());
    }
}
