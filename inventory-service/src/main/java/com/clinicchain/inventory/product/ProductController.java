package com.clinicchain.inventory.product;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.inventory.InventoryReadPolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Products", description = "The product catalogue.")
@RestController
class ProductController {

    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    /** The catalogue is public knowledge within the platform: every reader of inventory may see it whole. */
    @Operation(operationId = "listProducts", tags = "Products", summary = "List the products",
            description = "The platform's catalogue, the same for every chain. Roles: receptionist, practitioner, "
            + "manager, admin. Partner scope: `inventory.read`.")
    @GetMapping("/api/inventory/products")
    @PreAuthorize(InventoryReadPolicy.MAY_READ)
    List<ProductResponse> list() {
        return products.all().stream().map(ProductResponse::of).toList();
    }
}
