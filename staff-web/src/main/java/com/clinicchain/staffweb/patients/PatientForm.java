package com.clinicchain.staffweb.patients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demographics form, as typed: nothing is checked here, the patient service checks it and names the fields it
 * refuses. Blank fields are sent as absent.
 */
public class PatientForm {

    private String givenName;
    private String familyName;
    private String dateOfBirth;
    private String sex;
    private String phone;
    private String email;
    private String street1;
    private String street2;
    private String street3;
    private String postalCode;
    private String city;
    private String countryCode;
    private String homeClinicId;
    private String preferredLanguage;

    static PatientForm of(PatientView patient) {
        PatientForm form = new PatientForm();
        form.givenName = patient.givenName();
        form.familyName = patient.familyName();
        form.dateOfBirth = patient.dateOfBirth() == null ? null : patient.dateOfBirth().toString();
        form.sex = patient.sex();
        form.phone = patient.phone();
        form.email = patient.email();
        if (patient.address() != null) {
            List<String> lines = patient.address().streetLines() == null ? List.of() : patient.address().streetLines();
            form.street1 = lines.size() > 0 ? lines.get(0) : null;
            form.street2 = lines.size() > 1 ? lines.get(1) : null;
            form.street3 = lines.size() > 2 ? lines.get(2) : null;
            form.postalCode = patient.address().postalCode();
            form.city = patient.address().city();
            form.countryCode = patient.address().countryCode();
        }
        form.homeClinicId = patient.homeClinicId();
        form.preferredLanguage = patient.preferredLanguage();
        return form;
    }

    /** The body of a registration or an update ({@code confirmedDifferentPerson} only for a registration). */
    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("givenName", text(givenName));
        request.put("familyName", text(familyName));
        request.put("dateOfBirth", text(dateOfBirth));
        request.put("sex", text(sex));
        request.put("phone", text(phone));
        request.put("email", text(email));
        request.put("address", address());
        request.put("homeClinicId", text(homeClinicId));
        request.put("preferredLanguage", text(preferredLanguage));
        return request;
    }

    private Map<String, Object> address() {
        List<String> lines = Stream.of(street1, street2, street3).map(PatientForm::text)
                .filter(line -> line != null).toList();
        if (lines.isEmpty() && text(postalCode) == null && text(city) == null && text(countryCode) == null) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("streetLines", lines);
        address.put("postalCode", text(postalCode));
        address.put("city", text(city));
        address.put("countryCode", text(countryCode));
        return address;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getStreet1() { return street1; }
    public void setStreet1(String street1) { this.street1 = street1; }
    public String getStreet2() { return street2; }
    public void setStreet2(String street2) { this.street2 = street2; }
    public String getStreet3() { return street3; }
    public void setStreet3(String street3) { this.street3 = street3; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getHomeClinicId() { return homeClinicId; }
    public void setHomeClinicId(String homeClinicId) { this.homeClinicId = homeClinicId; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
}
