package io.demarc.console.accounts;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Form posts in component tests as a browser makes them: the form page is fetched first, its CSRF cookie and hidden
 * field are sent back with the fields.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /** The CSRF cookie and field value of a page that holds a form. */
    public record Csrf(String cookie, String field, String value) {

        /** A request that carries the token as the console expects it. */
        public RequestSpecification request() {
            return given().redirects().follow(false).cookie("csrf-token", cookie).formParam(field, value);
        }
    }

    public static Csrf csrf(String formPage) {
        Response page = given().redirects().follow(false).get(formPage);
        page.then().statusCode(200);
        Document html = Jsoup.parse(page.asString());
        Element hidden = html.selectFirst("form[method=post] input[type=hidden]");
        if (hidden == null) {
            throw new AssertionError("no form with a CSRF field on " + formPage);
        }
        return new Csrf(page.getCookie("csrf-token"), hidden.attr("name"), hidden.attr("value"));
    }

    /** Posts the fields with the CSRF token of {@code formPage}. */
    public static Response post(String formPage, String action, Map<String, String> fields) {
        RequestSpecification request = csrf(formPage).request();
        fields.forEach(request::formParam);
        return request.post(action);
    }

    /** Parses an answer. */
    public static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }
}
