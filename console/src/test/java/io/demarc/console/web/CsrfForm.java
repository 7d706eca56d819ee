package io.demarc.console.web;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Form posts in component tests as a browser makes them: fetch the page with the form first, then post its CSRF field
 * with the CSRF cookie the page set.
 */
public final class CsrfForm {

    private final String cookie;
    private final String field;
    private final String token;

    private CsrfForm(String cookie, String field, String token) {
        this.cookie = cookie;
        this.field = field;
        this.token = token;
    }

    /** Reads the CSRF cookie and the first form's hidden token field of the page at {@code path}. */
    public static CsrfForm from(String path) {
        Response page = given().redirects().follow(false).when().get(path);
        Document document = Jsoup.parse(page.asString());
        Element hidden = document.selectFirst("form[method=post] input[type=hidden][name=csrf-token]");
        if (hidden == null) {
            throw new AssertionError("no form with a CSRF field on " + path + ": " + document.text());
        }
        return new CsrfForm(page.getCookie("csrf-token"), hidden.attr("name"), hidden.attr("value"));
    }

    /** A request carrying the cookie and the field, to add form parameters to and post. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam(field, token);
    }

    /** Posts the form parameters to {@code path}. */
    public Response post(String path, Map<String, String> params) {
        RequestSpecification request = request();
        params.forEach(request::formParam);
        return request.when().post(path);
    }

    /** Posts the fields with the CSRF token of the form on {@code formPage} to {@code action}, as a browser does. */
    public static Response post(String formPage, String action, Map<String, String> fields) {
        return from(formPage).post(action, fields);
    }

    /** For multipart posts: the cookie and field without a content type. */
    public RequestSpecification multipart() {
        return given().redirects().follow(false).cookie("csrf-token", cookie).multiPart(field, token);
    }
}
