package org.hedgerow.vocabulary;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The needs activities support ("Loneliness"), by code: {@code /api/needs}. */
@RestController
@RequestMapping(NeedController.PATH)
@Tag(name = "needs", description = "The needs an activity supports and a referral is made for, each with a code")
class NeedController extends TermsController {

    static final String PATH = "/api/needs";

    NeedController(Vocabulary vocabulary) {
        super(vocabulary, Vocabulary.Kind.NEED, PATH);
    }
}
