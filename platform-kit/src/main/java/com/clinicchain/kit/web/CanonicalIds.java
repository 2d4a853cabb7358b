package com.clinicchain.kit.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids in paths and query parameters only in their canonical form. Spring falls back to the JavaBeans editor of
 * {@code UUID} when a converter refuses a value, and that editor is {@code UUID.fromString}; an editor of our own is
 * asked first, so the refusal stands (a 400 naming the parameter).
 */
@ControllerAdvice
class CanonicalIds {

    @InitBinder
    void canonicalUuids(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(CanonicalUuid.parse(text));
            }
        });
    }
}
