package org.zjcs.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge rules the compiled release follows (OCDS 1.1, the subset docs/open-data.md names). */
class OcdsMergeTest {

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s.replace('\'', '"'))).readObject();
    }

    @Test
    void laterValuesWinNullsRemoveArraysWithIdsMergeByIdOthersAreReplaced() {
        JsonObject first = json("{'ocid':'o-1','id':'r1','date':'2026-01-01T00:00:00Z','tag':['tender'],"
                + "'tender':{'id':'1','title':'A','description':'D','submissionMethod':['written'],"
                + "'items':[{'id':'1','description':'x','additionalClassifications':[{'scheme':'S','id':'a'},{'scheme':'S','id':'b'}]}]},"
                + "'awards':[{'id':'a1','status':'pending','value':{'amount':5,'currency':'CNY'}}]}");
        JsonObject second = json("{'ocid':'o-1','id':'r2','date':'2026-01-02T00:00:00Z','tag':['award'],"
                + "'tender':{'id':'1','title':'B','description':null,'submissionMethod':['electronicSubmission'],"
                + "'items':[{'id':'1','additionalClassifications':[{'scheme':'S','id':'c'}]}]},"
                + "'awards':[{'id':'a2','status':'pending'},{'id':'a1','status':'active'}]}");
        JsonObject c = OcdsMerge.compile(List.of(first, second));
        assertEquals("o-1-2026-01-02T00:00:00Z", c.getString("id"));
        assertEquals("2026-01-02T00:00:00Z", c.getString("date"));
        assertEquals("compiled", c.getJsonArray("tag").getString(0));
        assertEquals("B", c.getJsonObject("tender").getString("title"));
        assertFalse(c.getJsonObject("tender").containsKey("description"), "a null removes the field");
        assertEquals(List.of("electronicSubmission"), c.getJsonObject("tender").getJsonArray("submissionMethod")
                .getValuesAs(jakarta.json.JsonString::getString), "a list of strings is replaced");
        JsonObject item = c.getJsonObject("tender").getJsonArray("items").getJsonObject(0);
        assertEquals("x", item.getString("description"), "items merge by id, field by field");
        assertEquals(1, item.getJsonArray("additionalClassifications").size(), "a whole-list field is replaced");
        assertEquals(List.of("a1:active", "a2:pending"), c.getJsonArray("awards").stream()
                .map(a -> a.asJsonObject().getString("id") + ":" + a.asJsonObject().getString("status")).toList());
        assertEquals(5, c.getJsonArray("awards").getJsonObject(0).getJsonObject("value").getInt("amount"), "kept from the first");
    }

    @Test
    void noReleasesNoCompiledRelease() {
        assertNull(OcdsMerge.compile(List.of()));
    }
}
