package io.kadens.ai;

import java.util.List;

/**
 * Port the application implements: everyone of the bound tenant whose name could appear in text sent
 * to a language model (current and former people). {@link AiAnswers} redacts all of their names, e-mail
 * addresses and phone numbers from every prompt before it leaves the deployment, whatever the
 * capability asked to be redacted.
 */
@FunctionalInterface
public interface PeopleDirectory {

    /** For deployments and tests without a tenant directory: nobody beyond what the capability names. */
    PeopleDirectory NONE = List::of;

    List<PersonalDataRedactor.Person> everyone();
}
