package io.opencert.client.questionnaire;

import io.opencert.client.questionnaire.dto.QuestionnaireAnswers;
import io.opencert.client.rules.Editions;
import io.opencert.commons.problem.Problem.Violation;
import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks across the answers of a questionnaire that no single field's constraint can express. */
final class QuestionnaireRules {
    private QuestionnaireRules() {
    }

    static List<Violation> violations(QuestionnaireAnswers answers, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (answers.sites().stream().filter(QuestionnaireAnswers.SiteAnswer::centralFunction).count() != 1) {
            violations.add(new Violation("sites", "exactly one site must be the central function"));
        }
        Set<String> names = new HashSet<>();
        if (!answers.sites().stream().allMatch(site -> names.add(site.name().strip()))) {
            violations.add(new Violation("sites", "every site needs a name of its own"));
        }
        int sum = answers.sites().stream().mapToInt(QuestionnaireAnswers.SiteAnswer::persons).sum();
        if (answers.persons() != sum) {
            violations.add(new Violation("persons", "must be the total of the persons at the sites (" + sum + ")"));
        }
        // a questionnaire only leads to a quotation, which a withdrawn edition cannot get: bad input from the start
        List<Standard> withdrawn = Editions.withdrawn(answers.standards(), today);
        if (!withdrawn.isEmpty()) {
            violations.add(new Violation("standards", Editions.explain(withdrawn)));
        }
        boolean cloud = answers.standards().contains(Standard.ISO_IEC_TR_20000_9_2015);
        if (cloud && !answers.standards().contains(Standard.ISO_IEC_20000_1_2018)
                && !answers.standards().contains(Standard.ISO_IEC_20000_1_2011)) {
            violations.add(new Violation("standards",
                    "ISO/IEC TR 20000-9 is certified only together with ISO/IEC 20000-1"));
        }
        if (cloud == answers.cloudServiceModels().isEmpty()) {
            violations.add(new Violation("cloudServiceModels", cloud
                    ? "name the cloud service models (IAAS, PAAS, SAAS) in scope of TR 20000-9"
                    : "only with ISO/IEC TR 20000-9"));
        }
        if (cloud == answers.cloudDeploymentModels().isEmpty()) {
            violations.add(new Violation("cloudDeploymentModels", cloud
                    ? "name the cloud deployment models (PUBLIC, PRIVATE, COMMUNITY, HYBRID) in scope of TR 20000-9"
                    : "only with ISO/IEC TR 20000-9"));
        }
        QuestionnaireAnswers.Transfer transfer = answers.transfer();
        if (transfer != null) {
            if (transfer.expiry() != null && transfer.expiry().isBefore(today)) {
                violations.add(new Violation("transfer.expiry",
                        "only a valid certificate is transferred; this one expired on " + transfer.expiry()));
            }
            if (Boolean.FALSE.equals(transfer.accredited())) {
                violations.add(new Violation("transfer.accredited",
                        "only a certificate under accreditation is transferred"));
            }
            if (Boolean.TRUE.equals(transfer.suspended())) {
                violations.add(new Violation("transfer.suspended", "a suspended certificate is not transferred"));
            }
        }
        return violations;
    }
}
