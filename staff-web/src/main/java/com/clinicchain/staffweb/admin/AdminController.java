package com.clinicchain.staffweb.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's section: recalls, a patient's data (from the patient's page), dead letters. Admins only (Navigation). */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
