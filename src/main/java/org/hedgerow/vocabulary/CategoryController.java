package org.hedgerow.vocabulary;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The categories of activity ("Walking", green or not), by code: {@code /api/categories}. */
@RestController
@RequestMapping(CategoryController.PATH)
@Tag(name = "categories", description = "The categories of activity, each with a code; green ones are nature-based")
class CategoryController extends TermsController {

    static final String PATH = "/api/categories";

    CategoryController(Vocabulary vocabulary) {
        super(vocabulary, Vocabulary.Kind.CATEGORY, PATH);
    }
}
