package org.rabta.web;

import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CaseNotesAndAttachments;
import org.rabta.cases.CasesApi;
import org.rabta.cases.Sex;
import org.rabta.committees.ActionItemForm;
import org.rabta.committees.ActionItemService;
import org.rabta.committees.CommitteeLevel;
import org.rabta.committees.CommitteeService;
import org.rabta.committees.EscalationForm;
import org.rabta.committees.EscalationService;
import org.rabta.committees.MeetingForm;
import org.rabta.committees.MeetingService;
import org.rabta.committees.MembershipForm;
import org.rabta.committees.MembershipRole;
import org.rabta.committees.RosterService;
import org.rabta.directory.ServiceType;
import org.rabta.investigations.AccusedRequest;
import org.rabta.investigations.AccusedRole;
import org.rabta.investigations.InvestigationRequest;
import org.rabta.investigations.InvestigationService;
import org.rabta.investigations.Offence;
import org.rabta.referrals.ReferralAction;
import org.rabta.referrals.ReferralRequest;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.Urgency;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.ScreeningRecording;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.support.CaseForms;
import org.rabta.support.MutableClock;
import org.rabta.support.PathPatterns;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint of the application (screens and API, read from the handler mappings) asked by every relationship a
 * user can have to a case ({@code CaseAccessPolicy}, README "Access to case data"), with the answer each must get. Each handler
 * method is classified once in {@link #KINDS}; a handler missing from it fails the build, so a new endpoint is not
 * reachable before someone has said who may reach it.
 *
 * <p>Reads are asked for real: allowed ones answer 200 (or a redirect), denied ones 404 for case data (nothing is
 * revealed) and 403 for administration. Changes are asked only by relationships that must be refused (404 or 403,
 * nothing changed); the allowed changes are each feature's own tests. The receiving agency's relationships are
 * asked 89 days after the fixtures' referrals ended, and "after the 90 days" 91 days after ({@link MutableClock}).
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseAccessMatrixTest {

    private static final String SHELTER_NGO = "NGO-LHR-SHELTER";

    /** How a user stands to the case the request is about. */
    enum Relationship {
        OWNER_CASEWORKER, OWNER_SUPERVISOR,
        RECEIVING_OPEN, RECEIVING_ENDED_WITHIN_90_DAYS, RECEIVING_ENDED_OVER_90_DAYS,
        RECEIVING_WITHDRAWN_BEFORE_ACCEPTANCE, RECEIVING_WITHDRAWN_AFTER_ACCEPTANCE,
        COMMITTEE_CURRENT_TERM, COMMITTEE_TERM_ENDED,
        ANALYST, ADMIN, UNRELATED_AGENCY;

        boolean owner() {
            return this == OWNER_CASEWORKER || this == OWNER_SUPERVISOR;
        }

        /** Caseworkers and supervisors of some agency: the roles that work with cases at all. */
        boolean staff() {
            return owner() || name().startsWith("RECEIVING") || this == UNRELATED_AGENCY;
        }

        boolean committeeMember() {
            return this == COMMITTEE_CURRENT_TERM || this == COMMITTEE_TERM_ENDED;
        }

        /** The receiving agency while it still sees the referral's summary of the case. */
        boolean receivingWithAccess() {
            return this == RECEIVING_OPEN || this == RECEIVING_ENDED_WITHIN_90_DAYS || this == RECEIVING_WITHDRAWN_AFTER_ACCEPTANCE;
        }
    }

    /** What an endpoint shows or changes, which decides who reaches it. */
    enum Kind {
        /** A part of the whole case record (the case, its notes, attachments, screenings, duplicates, referrals made). */
        WHOLE_CASE,
        /** The whole case, for the owning agency's supervisors only (the case's audit trail). */
        WHOLE_CASE_SUPERVISOR,
        /** A referral, with the summary of its case: both sides while the receiving agency's access lasts. */
        REFERRAL_SUMMARY,
        /** A referral of a committee's review queue, pseudonymised: members through a current term. */
        COMMITTEE_REVIEW,
        /** A committee, its roster, meetings, action items and escalations: current members and administrators. */
        COMMITTEE,
        /** What the committee's chair or secretary records (meetings, action items, escalations), or an administrator. */
        COMMITTEE_SECRETARIAT,
        /** Work of caseworkers and supervisors without a particular case: lists, searches, registration, inbox. */
        CASE_WORK,
        /** One's review queue: committee members. */
        REVIEW_QUEUE,
        /** Aggregate statistics: analysts, committee members, caseworkers and supervisors; not administrators. */
        STATISTICS,
        /** Administration under /admin (403 for anyone else) or administrators' actions elsewhere (404 or 403). */
        ADMINISTRATION,
        /** One investigation, its accused and their events: the registering agency's caseworkers and supervisors. */
        INVESTIGATION,
        /**
         * Investigations without a particular one (list, registration, court calendar): caseworkers and supervisors of
         * law-enforcement agencies (the owner is the Lahore police, the unrelated agency an FIA circle), not of an NGO.
         */
        INVESTIGATION_WORK,
        /**
         * The referral summary of a case the owning agency brought to a law-enforcement agency: the owner, and the
         * agencies it informed (none among these relationships, whose owner is the police and informs no one).
         */
        INFORMED_CASE,
        /** A committee's counts of the investigations in its area: members through a current term, not administrators. */
        COMMITTEE_FIGURES,
        /** No case data: every signed-in user. */
        SIGNED_IN
    }

    /** Every handler method of the application, by class and method name, and what it is. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("LoginController#login", Kind.SIGNED_IN),
            Map.entry("PasswordChangeController#form", Kind.SIGNED_IN),
            Map.entry("PasswordChangeController#change", Kind.SIGNED_IN),
            Map.entry("HomeController#home", Kind.SIGNED_IN),
            Map.entry("HomeController#count", Kind.SIGNED_IN),
            Map.entry("HomeController#list", Kind.SIGNED_IN),
            Map.entry("AccountController#account", Kind.SIGNED_IN),
            Map.entry("AccountController#end", Kind.SIGNED_IN),
            Map.entry("SecondFactorSignInController#page", Kind.SIGNED_IN),
            Map.entry("SecondFactorSignInController#verify", Kind.SIGNED_IN),
            Map.entry("TwoFactorAccountController#status", Kind.SIGNED_IN),
            Map.entry("TwoFactorAccountController#enrolment", Kind.SIGNED_IN),
            Map.entry("TwoFactorAccountController#confirm", Kind.SIGNED_IN),
            Map.entry("TwoFactorAccountController#disable", Kind.SIGNED_IN),
            Map.entry("ApiTokenController#list", Kind.SIGNED_IN),
            Map.entry("ApiTokenController#create", Kind.SIGNED_IN),
            Map.entry("ApiTokenController#revoke", Kind.SIGNED_IN),
            Map.entry("TwoFactorAdminController#reset", Kind.ADMINISTRATION),
            Map.entry("AgencyApiController#activeAgencies", Kind.SIGNED_IN),
            Map.entry("ServicesApiController#search", Kind.SIGNED_IN),
            Map.entry("ServiceDirectoryController#search", Kind.SIGNED_IN),
            Map.entry("ServiceDirectoryController#edit", Kind.ADMINISTRATION),
            Map.entry("ServiceDirectoryController#update", Kind.ADMINISTRATION),
            Map.entry("ScreeningApiController#evaluate", Kind.SIGNED_IN),

            Map.entry("UserAdminController#list", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#newUser", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#create", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#edit", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#update", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#deactivate", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#reactivate", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#unlock", Kind.ADMINISTRATION),
            Map.entry("UserAdminController#resetPassword", Kind.ADMINISTRATION),
            Map.entry("AuditAdminController#trail", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#list", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#newAgency", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#create", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#edit", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#update", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#deactivate", Kind.ADMINISTRATION),
            Map.entry("AgencyAdminController#reactivate", Kind.ADMINISTRATION),
            Map.entry("DistrictAdminController#list", Kind.ADMINISTRATION),
            Map.entry("DistrictAdminController#newDistrict", Kind.ADMINISTRATION),
            Map.entry("DistrictAdminController#add", Kind.ADMINISTRATION),
            Map.entry("DistrictAdminController#edit", Kind.ADMINISTRATION),
            Map.entry("DistrictAdminController#update", Kind.ADMINISTRATION),

            Map.entry("CaseController#list", Kind.CASE_WORK),
            Map.entry("CaseController#newCase", Kind.CASE_WORK),
            Map.entry("CaseController#register", Kind.CASE_WORK),
            Map.entry("CaseController#checkDuplicates", Kind.CASE_WORK),
            Map.entry("CaseController#show", Kind.WHOLE_CASE),
            Map.entry("CaseController#edit", Kind.WHOLE_CASE),
            Map.entry("CaseController#update", Kind.WHOLE_CASE),
            Map.entry("CaseNotesController#addNote", Kind.WHOLE_CASE),
            Map.entry("CaseNotesController#addAttachment", Kind.WHOLE_CASE),
            Map.entry("CaseNotesController#download", Kind.WHOLE_CASE),
            Map.entry("CaseStatusController#followUp", Kind.WHOLE_CASE),
            Map.entry("CaseStatusController#close", Kind.WHOLE_CASE),
            Map.entry("CaseStatusController#reopen", Kind.WHOLE_CASE),
            Map.entry("CaseStatusController#reassign", Kind.WHOLE_CASE),
            Map.entry("CaseDuplicatesController#duplicates", Kind.WHOLE_CASE),
            Map.entry("CaseDuplicatesController#linkDuplicate", Kind.WHOLE_CASE),
            Map.entry("CaseAuditController#audit", Kind.WHOLE_CASE_SUPERVISOR),
            Map.entry("CaseAuditController#reads", Kind.WHOLE_CASE_SUPERVISOR),
            Map.entry("CaseImportController#form", Kind.CASE_WORK),
            Map.entry("CaseImportController#upload", Kind.CASE_WORK),
            Map.entry("CaseApiController#list", Kind.CASE_WORK),
            Map.entry("CaseApiController#get", Kind.WHOLE_CASE),
            Map.entry("CaseApiController#register", Kind.CASE_WORK),
            Map.entry("CaseApiController#update", Kind.WHOLE_CASE),
            Map.entry("CaseApiController#importCsv", Kind.CASE_WORK),

            Map.entry("ScreeningController#newScreening", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#edit", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#create", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#revise", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#evaluate", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#show", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#confirm", Kind.WHOLE_CASE),
            Map.entry("ScreeningController#giveBack", Kind.WHOLE_CASE),
            Map.entry("ScreeningRecordsApiController#create", Kind.WHOLE_CASE),
            Map.entry("ScreeningRecordsApiController#history", Kind.WHOLE_CASE),
            Map.entry("ScreeningRecordsApiController#get", Kind.WHOLE_CASE),
            Map.entry("ScreeningRecordsApiController#revise", Kind.WHOLE_CASE),
            Map.entry("ScreeningRecordsApiController#confirm", Kind.WHOLE_CASE),
            Map.entry("ScreeningRecordsApiController#giveBack", Kind.WHOLE_CASE),

            Map.entry("ReferralController#newReferral", Kind.WHOLE_CASE),
            Map.entry("ReferralController#create", Kind.WHOLE_CASE),
            Map.entry("ReferralController#show", Kind.REFERRAL_SUMMARY),
            Map.entry("ReferralController#act", Kind.REFERRAL_SUMMARY),
            Map.entry("ReferralController#list", Kind.CASE_WORK),
            Map.entry("ReferralApiController#create", Kind.WHOLE_CASE),
            Map.entry("ReferralApiController#get", Kind.REFERRAL_SUMMARY),
            Map.entry("ReferralApiController#move", Kind.REFERRAL_SUMMARY),
            Map.entry("ReferralApiController#list", Kind.CASE_WORK),
            Map.entry("NotificationController#list", Kind.SIGNED_IN),
            Map.entry("NotificationController#open", Kind.CASE_WORK),
            Map.entry("NotificationController#readAll", Kind.SIGNED_IN),
            Map.entry("ReviewController#queue", Kind.REVIEW_QUEUE),
            Map.entry("ReviewController#show", Kind.COMMITTEE_REVIEW),
            Map.entry("ReviewController#addNote", Kind.COMMITTEE_REVIEW),
            Map.entry("ReviewController#addAction", Kind.COMMITTEE_REVIEW),
            Map.entry("ReviewApiController#queue", Kind.REVIEW_QUEUE),

            Map.entry("CommitteeController#list", Kind.SIGNED_IN),
            Map.entry("CommitteeController#newCommittee", Kind.ADMINISTRATION),
            Map.entry("CommitteeController#create", Kind.ADMINISTRATION),
            Map.entry("CommitteeController#show", Kind.COMMITTEE),
            Map.entry("CommitteeController#escalate", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("CommitteeController#escalateReferral", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("CommitteeController#resolve", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("CommitteeController#setStatus", Kind.ADMINISTRATION),
            Map.entry("RosterController#csv", Kind.COMMITTEE),
            Map.entry("RosterController#pdf", Kind.COMMITTEE),
            Map.entry("RosterController#newMembership", Kind.ADMINISTRATION),
            Map.entry("RosterController#addMembership", Kind.ADMINISTRATION),
            Map.entry("RosterController#endTerm", Kind.ADMINISTRATION),
            Map.entry("AgencySectorsController#sectors", Kind.ADMINISTRATION),
            Map.entry("AgencySectorsController#recordSectors", Kind.ADMINISTRATION),
            Map.entry("MeetingController#newMeeting", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("MeetingController#record", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("MeetingController#show", Kind.COMMITTEE),
            Map.entry("MeetingController#addActionItem", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("MeetingController#setStatus", Kind.COMMITTEE_SECRETARIAT),
            Map.entry("CommitteeApiController#list", Kind.SIGNED_IN),
            Map.entry("CommitteeApiController#get", Kind.COMMITTEE),
            Map.entry("CommitteeApiController#create", Kind.ADMINISTRATION),
            Map.entry("CommitteeApiController#roster", Kind.COMMITTEE),
            Map.entry("CommitteeApiController#referrals", Kind.COMMITTEE),
            Map.entry("CommitteeApiController#addMembership", Kind.ADMINISTRATION),
            Map.entry("CommitteeApiController#endTerm", Kind.ADMINISTRATION),

            Map.entry("InvestigationController#list", Kind.INVESTIGATION_WORK),
            Map.entry("InvestigationController#declineOffer", Kind.WHOLE_CASE),
            Map.entry("InformedAgencyController#inform", Kind.WHOLE_CASE),
            Map.entry("InformedAgencyController#informed", Kind.INFORMED_CASE),
            Map.entry("InformedAgencyApiController#competentAgencies", Kind.WHOLE_CASE),
            Map.entry("InformedAgencyApiController#inform", Kind.WHOLE_CASE),
            Map.entry("InformedAgencyApiController#informed", Kind.INFORMED_CASE),
            Map.entry("CommitteeInvestigationController#investigations", Kind.COMMITTEE_FIGURES),
            Map.entry("InvestigationController#calendar", Kind.INVESTIGATION_WORK),
            Map.entry("InvestigationController#newInvestigation", Kind.INVESTIGATION_WORK),
            Map.entry("InvestigationController#register", Kind.INVESTIGATION_WORK),
            Map.entry("InvestigationController#show", Kind.INVESTIGATION),
            Map.entry("InvestigationController#edit", Kind.INVESTIGATION),
            Map.entry("InvestigationController#update", Kind.INVESTIGATION),
            Map.entry("InvestigationPartsController#newPart", Kind.INVESTIGATION),
            Map.entry("InvestigationPartsController#addAccused", Kind.INVESTIGATION),
            Map.entry("InvestigationPartsController#addVictim", Kind.INVESTIGATION),
            Map.entry("InvestigationPartsController#addMlaRequest", Kind.INVESTIGATION),
            Map.entry("AccusedController#accused", Kind.INVESTIGATION),
            Map.entry("AccusedController#recordEvent", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#list", Kind.INVESTIGATION_WORK),
            Map.entry("InvestigationApiController#register", Kind.INVESTIGATION_WORK),
            Map.entry("InvestigationApiController#get", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#update", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#addAccused", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#addVictim", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#addMlaRequest", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#accused", Kind.INVESTIGATION),
            Map.entry("InvestigationApiController#recordEvent", Kind.INVESTIGATION),

            Map.entry("StatisticsController#dashboard", Kind.STATISTICS),
            Map.entry("StatisticsController#annual", Kind.STATISTICS),
            Map.entry("StatisticsController#annualPdf", Kind.STATISTICS),
            Map.entry("ReportApiController#annual", Kind.STATISTICS),
            Map.entry("ExportController#dashboardTable", Kind.STATISTICS),
            Map.entry("ExportController#annualReport", Kind.STATISTICS),
            Map.entry("ExportController#exportsPage", Kind.CASE_WORK),
            Map.entry("ExportController#caseList", Kind.CASE_WORK),
            Map.entry("ExportController#htcds", Kind.CASE_WORK),
            Map.entry("ExportController#htcdsPerpetrators", Kind.CASE_WORK));

    /** The answer a relationship must get from an endpoint of a kind. */
    record Expected(boolean allowed, Set<Integer> deniedWith) {

        static final Expected ALLOWED = new Expected(true, Set.of());
        static final Expected NOT_FOUND = new Expected(false, Set.of(404));
        static final Expected FORBIDDEN = new Expected(false, Set.of(403));
        /** Administrators' actions outside /admin answer 404 (a page) or 403 (a service method), never more. */
        static final Expected REFUSED = new Expected(false, Set.of(403, 404));

        static Expected allowedIf(boolean allowed) {
            return allowed ? ALLOWED : NOT_FOUND;
        }
    }

    static Expected expected(Kind kind, Relationship who, String path) {
        return switch (kind) {
            case WHOLE_CASE -> Expected.allowedIf(who.owner());
            case WHOLE_CASE_SUPERVISOR -> Expected.allowedIf(who == Relationship.OWNER_SUPERVISOR);
            case REFERRAL_SUMMARY -> Expected.allowedIf(who.owner() || who.receivingWithAccess());
            case COMMITTEE_REVIEW -> Expected.allowedIf(who == Relationship.COMMITTEE_CURRENT_TERM);
            case COMMITTEE -> Expected.allowedIf(who == Relationship.COMMITTEE_CURRENT_TERM || who == Relationship.ADMIN);
            // the current member holds a MEMBER term: refused as not the chair or secretary (403) or not found (404)
            case COMMITTEE_SECRETARIAT -> who == Relationship.ADMIN ? Expected.ALLOWED
                    : who == Relationship.COMMITTEE_CURRENT_TERM ? Expected.REFUSED : Expected.NOT_FOUND;
            case CASE_WORK -> Expected.allowedIf(who.staff());
            case REVIEW_QUEUE -> Expected.allowedIf(who.committeeMember());
            case STATISTICS -> Expected.allowedIf(who != Relationship.ADMIN);
            case ADMINISTRATION -> who == Relationship.ADMIN ? Expected.ALLOWED
                    : path.startsWith("/admin/") ? Expected.FORBIDDEN : Expected.REFUSED;
            case INVESTIGATION -> Expected.allowedIf(who.owner());
            case INVESTIGATION_WORK -> Expected.allowedIf(who.owner() || who == Relationship.UNRELATED_AGENCY);
            case INFORMED_CASE -> Expected.allowedIf(who.owner());
            case COMMITTEE_FIGURES -> Expected.allowedIf(who == Relationship.COMMITTEE_CURRENT_TERM);
            case SIGNED_IN -> Expected.ALLOWED;
        };
    }

    private final MockMvc mvc;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping mappings;

    private final UserDetailsService users;
    private final UserAccountService accounts;
    private final CasesApi cases;
    private final CaseNotesAndAttachments notesAndAttachments;
    private final ScreeningRecording recording;
    private final ReferralsApi referrals;
    private final CommitteeService committees;
    private final RosterService rosters;
    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final EscalationService escalations;
    private final InvestigationService investigations;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    /** One endpoint: a handler method with one of its path patterns and HTTP methods. */
    record Endpoint(HandlerMethod handler, String pattern, HttpMethod method, MediaType consumes) {

        String key() {
            return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
        }

        boolean reads() {
            return method == HttpMethod.GET;
        }

        @Override
        public String toString() {
            return method + " " + pattern + " (" + key() + ")";
        }
    }

    @Test
    void everyEndpointIsClassifiedAndNothingElse() {
        Set<String> found = endpoints().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).as("handlers missing from CaseAccessMatrixTest.KINDS: say who may reach them")
                .isSubsetOf(KINDS.keySet());
        assertThat(KINDS.keySet()).as("KINDS entries of handlers that no longer exist").isSubsetOf(found);
    }

    @Test
    void everyEndpointAnswersEveryRelationshipAsTheAccessPolicySays() throws Exception {
        Fixtures fixtures = fixtures();
        List<Endpoint> endpoints = endpoints();
        List<String> wrong = new ArrayList<>();
        long started = System.nanoTime();
        int asked = 0;

        clock.advance(Duration.ofDays(89));
        for (Relationship who : EnumSet.complementOf(EnumSet.of(Relationship.RECEIVING_ENDED_OVER_90_DAYS))) {
            asked += ask(endpoints, who, fixtures, wrong);
        }
        clock.advance(Duration.ofDays(2));
        asked += ask(endpoints, Relationship.RECEIVING_ENDED_OVER_90_DAYS, fixtures, wrong);

        System.out.printf("Access matrix: %d endpoints, %d requests in %d ms%n", endpoints.size(), asked,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(wrong).as("endpoints answering a relationship otherwise than the access policy says").isEmpty();
    }

    private int ask(List<Endpoint> endpoints, Relationship who, Fixtures fixtures, List<String> wrong) throws Exception {
        Subject subject = fixtures.subjectOf(who);
        RabtaUser principal = fixtures.userOf(who);
        int asked = 0;
        for (Endpoint endpoint : endpoints) {
            Expected expected = expected(KINDS.get(endpoint.key()), who, endpoint.pattern());
            if (expected.allowed() && !endpoint.reads()) {
                continue; // allowed changes are each feature's own tests; here they would change the fixtures
            }
            asked++;
            String path = expand(endpoint, subject, fixtures);
            MvcResult result = mvc.perform(build(endpoint, path, subject).with(user(principal))).andReturn();
            int status = result.getResponse().getStatus();
            boolean right = expected.allowed() ? status == 200 || status == 302
                    : expected.deniedWith().contains(status) || revealsNothing(endpoint, who, status, fixtures);
            if (!right) {
                wrong.add("%s as %s: %d, expected %s".formatted(endpoint.method() + " " + path + " (" + endpoint.key() + ")", who,
                        status, expected.allowed() ? "200" : expected.deniedWith()));
            } else if (expected.allowed() && who.name().startsWith("RECEIVING")) {
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                if (body.contains(subject.cnic()) || body.contains(subject.attachmentName())) {
                    wrong.add("%s as %s shows more than the referral summary".formatted(path, who));
                }
            }
        }
        return asked;
    }

    /**
     * A change refused for its input (400, 409, 415) before access is checked reveals nothing when the same request
     * about records that do not exist gets the same answer: nothing was changed, and nothing was learnt.
     */
    private boolean revealsNothing(Endpoint endpoint, Relationship who, int status, Fixtures fixtures) throws Exception {
        if (endpoint.reads() || !Set.of(400, 409, 415).contains(status)) {
            return false;
        }
        String path = expand(endpoint, NOWHERE, fixtures.nowhere());
        return mvc.perform(build(endpoint, path, NOWHERE).with(user(fixtures.userOf(who)))).andReturn().getResponse()
                .getStatus() == status;
    }

    // ------------------------------------------------------------------ endpoints from the handler mappings

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.rabta")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<HttpMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(HttpMethod.GET)
                    : info.getMethodsCondition().getMethods().stream().map(m -> HttpMethod.valueOf(m.name())).collect(Collectors.toSet());
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
            for (String pattern : info.getPatternValues()) {
                for (HttpMethod method : methods) {
                    endpoints.add(new Endpoint(handler, pattern, method, consumes));
                }
            }
        }
        endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
        return endpoints;
    }

    /** The pattern with each {variable} (or {variable:regex}) replaced by the fixture it names. */
    private static String expand(Endpoint endpoint, Subject subject, Fixtures fixtures) {
        String pattern = endpoint.pattern();
        return PathPatterns.fill(pattern, name -> Optional.of(value(endpoint, pattern, name, subject, fixtures)))
                .orElseThrow();
    }

    private static String value(Endpoint endpoint, String pattern, String name, Subject subject, Fixtures fixtures) {
        String controller = endpoint.handler().getBeanType().getSimpleName();
        return switch (name) {
            case "caseNumber" -> subject.caseNumber();
            case "attachmentId" -> String.valueOf(subject.attachmentId());
            case "meetingId" -> String.valueOf(fixtures.meetingId());
            case "itemId" -> String.valueOf(fixtures.actionItemId());
            case "escalationId" -> String.valueOf(fixtures.escalationId());
            case "membershipId" -> String.valueOf(fixtures.membershipId());
            case "agencyId" -> String.valueOf(fixtures.agencyId());
            case "agencyCode" -> SHELTER_NGO;
            case "type" -> ServiceType.SHELTER.name();
            case "action" -> "note";
            case "part" -> "victims";
            case "extension" -> "csv";
            case "table" -> "sex-age";
            case "code" -> LAHORE;
            case "handle" -> "0123456789abcdef0123456789abcdef";
            case "name" -> "myActionItems";
            case "id" -> switch (controller) {
                case "ScreeningController", "ScreeningRecordsApiController" -> String.valueOf(subject.screeningId());
                case "ReferralController", "ReferralApiController", "ReviewController" -> String.valueOf(subject.referralId());
                case "NotificationController" -> String.valueOf(subject.notificationId());
                case "UserAdminController", "TwoFactorAdminController" -> String.valueOf(fixtures.userId());
                case "AgencyAdminController" -> String.valueOf(fixtures.agencyId());
                case "CommitteeController", "RosterController", "MeetingController", "CommitteeInvestigationController" ->
                        String.valueOf(fixtures.committeeId());
                case "InvestigationApiController", "InvestigationController", "InvestigationPartsController", "AccusedController" ->
                        pattern.matches("(/api/v1)?/accused/.*")
                                ? String.valueOf(fixtures.accusedId()) : String.valueOf(fixtures.investigationId());
                case "CommitteeApiController" -> pattern.startsWith("/api/v1/memberships")
                        ? String.valueOf(fixtures.membershipId()) : String.valueOf(fixtures.committeeId());
                default -> throw new IllegalStateException("no fixture for {id} of " + controller + ": add one");
            };
            default -> throw new IllegalStateException("no fixture for {" + name + "} of " + endpoint + ": add one");
        };
    }

    /** The request, with whatever the handler requires so that only access decides the answer. */
    private AbstractMockHttpServletRequestBuilder<?> build(Endpoint endpoint, String path, Subject subject) {
        boolean upload = false;
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            upload |= parameter.getType() == MultipartFile.class;
        }
        AbstractMockHttpServletRequestBuilder<?> request = upload
                ? multipart(HttpMethod.valueOf(endpoint.method().name()), path)
                        .file(new MockMultipartFile("file", "probe.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)))
                : request(endpoint.method(), path);
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName();
            boolean required = param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE);
            if (required || name.equals("year")) { // the annual report's year is optional only for the screen
                request.param(name, sample(name, parameter.getType(), subject));
            }
        }
        if (endpoint.consumes() != null) {
            request.contentType(endpoint.consumes());
            request.content(endpoint.consumes().getSubtype().contains("csv") ? "a,b\n" : "{}");
        }
        if (!endpoint.reads()) {
            request.with(csrf());
        }
        return request;
    }

    private static String sample(String name, Class<?> type, Subject subject) {
        return switch (name) {
            case "year" -> String.valueOf(Year.now().getValue() - 1);
            case "referralId" -> String.valueOf(subject.referralId());
            case "otherCaseNumber" -> subject.caseNumber();
            default -> type.isEnum() ? type.getEnumConstants()[0].toString()
                    : type == boolean.class || type == Boolean.class ? "true"
                    : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "0"
                    : type == LocalDate.class ? LocalDate.now().toString()
                    : "probe";
        };
    }

    // ------------------------------------------------------------------ fixtures

    /** The records an endpoint's variables name, for one case: the case, its attachment, screening and referral. */
    record Subject(String caseNumber, String cnic, long attachmentId, String attachmentName, long screeningId,
                   long referralId, long notificationId) {
    }

    /** Records that do not exist. */
    private static final long NO_ID = 999_999_999L;
    private static final Subject NOWHERE = new Subject("PB-2000-999999", "-", NO_ID, "-", NO_ID, NO_ID, NO_ID);

    record Fixtures(Map<Relationship, RabtaUser> users, Subject open, Subject ended, Subject withdrawnBefore,
                    Subject withdrawnAfter, long committeeId, long meetingId, long actionItemId, long escalationId,
                    long membershipId, long agencyId, long userId, long investigationId, long accusedId) {

        /** The same users, with committee, meeting and other ids that do not exist. */
        Fixtures nowhere() {
            return new Fixtures(users, NOWHERE, NOWHERE, NOWHERE, NOWHERE, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID,
                    NO_ID);
        }

        RabtaUser userOf(Relationship who) {
            return users.get(who);
        }

        Subject subjectOf(Relationship who) {
            return switch (who) {
                case RECEIVING_ENDED_WITHIN_90_DAYS, RECEIVING_ENDED_OVER_90_DAYS -> ended;
                case RECEIVING_WITHDRAWN_BEFORE_ACCEPTANCE -> withdrawnBefore;
                case RECEIVING_WITHDRAWN_AFTER_ACCEPTANCE -> withdrawnAfter;
                default -> open;
            };
        }
    }

    /**
     * Four cases of the Lahore police, each with an attachment, a draft screening and an emergency referral to the
     * shelter NGO: one still open (in the Lahore committee's review queue, with a meeting, an action item and an
     * escalation about it), one completed, one withdrawn before and one after acceptance.
     */
    private Fixtures fixtures() {
        RabtaUser police = load("police.lahore");
        RabtaUser ngo = load("ngo.lahore");
        RabtaUser admin = load("admin");
        RabtaUser receivingCaseworker = newUser(SHELTER_NGO, Role.CASEWORKER);
        Subject open = subject(police, List.of());
        Subject ended = subject(police, List.of(ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.COMPLETE));
        Subject withdrawnBefore = subject(police, List.of(ReferralAction.WITHDRAW));
        Subject withdrawnAfter = subject(police, List.of(ReferralAction.ACCEPT, ReferralAction.WITHDRAW));

        long committeeId = committees.activeFor(CommitteeLevel.DISTRICT, "PK6", LAHORE).orElseThrow().getId();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        RabtaUser member = newUser("PB-SWD", Role.COMMITTEE_MEMBER);
        RabtaUser formerMember = newUser("PB-SWD", Role.COMMITTEE_MEMBER);
        long membershipId = asAdmin(() -> rosters.add(committeeId, new MembershipForm(member.username(), null, "Officer", null,
                null, "PB-SWD", MembershipRole.MEMBER, today.minusDays(10), null, null))).getId();
        asAdmin(() -> rosters.add(committeeId, new MembershipForm(formerMember.username(), null, "Officer", null, null, "PB-SWD",
                MembershipRole.MEMBER, today.minusDays(100), today.minusDays(1), null)));
        long meetingId = meetings.record(admin, committeeId, new MeetingForm(today.minusDays(1), "DC Office", "Referrals",
                "Reviewed the emergency referral.", "Follow up", Set.of(), "")).getId();
        // owned by another agency than the members', so that marking it done is the chair's or secretary's
        long actionItemId = actionItems.addActionItem(admin, committeeId, meetingId, new ActionItemForm("Confirm the shelter place",
                "agency:PB-CPWB", today.plusDays(7), open.caseNumber(), null)).getId();
        long escalationId = escalations.escalate(admin, committeeId, new EscalationForm("No shelter place", open.caseNumber())).getId();

        Map<Relationship, RabtaUser> users = new java.util.EnumMap<>(Relationship.class);
        // New users rather than the demo ones, which also sit on the Lahore committee: one relationship each.
        users.put(Relationship.OWNER_CASEWORKER, newUser("PB-POLICE-LHR", Role.CASEWORKER));
        users.put(Relationship.OWNER_SUPERVISOR, newUser("PB-POLICE-LHR", Role.SUPERVISOR));
        for (Relationship receiving : List.of(Relationship.RECEIVING_OPEN, Relationship.RECEIVING_ENDED_WITHIN_90_DAYS,
                Relationship.RECEIVING_ENDED_OVER_90_DAYS, Relationship.RECEIVING_WITHDRAWN_BEFORE_ACCEPTANCE,
                Relationship.RECEIVING_WITHDRAWN_AFTER_ACCEPTANCE)) {
            users.put(receiving, receivingCaseworker);
        }
        users.put(Relationship.COMMITTEE_CURRENT_TERM, member);
        users.put(Relationship.COMMITTEE_TERM_ENDED, formerMember);
        users.put(Relationship.ANALYST, load("analyst"));
        users.put(Relationship.ADMIN, admin);
        users.put(Relationship.UNRELATED_AGENCY, load("fia.karachi"));
        long agencyId = jdbc.sql("select id from agency where code = :code").param("code", SHELTER_NGO).query(Long.class).single();
        long investigationId = investigations.register(police, new InvestigationRequest("FIR-" + UUID.randomUUID(), today.minusDays(1),
                LAHORE, List.of(Offence.PTPA_2018_S3), null, List.of(open.caseNumber()),
                List.of(new AccusedRequest("Matrix Accused", null, Sex.MALE, 40, "PK", null, null, AccusedRole.RECRUITER)), null));
        long accusedId = investigations.view(police, investigationId).accused().getFirst().accused().getId();
        return new Fixtures(users, open, ended, withdrawnBefore, withdrawnAfter, committeeId, meetingId, actionItemId,
                escalationId, membershipId, agencyId, ngo.id(), investigationId, accusedId);
    }

    private Subject subject(RabtaUser police, List<ReferralAction> moves) {
        CaseForm form = CaseForms.withIdentifiers(24, true);
        String caseNumber = cases.register(police, form).getCaseNumber();
        String attachmentName = "statement-" + UUID.randomUUID() + ".pdf";
        long attachmentId = notesAndAttachments.addAttachment(police, caseNumber, attachmentName,
                "%PDF-1.4\n%police statement\n".getBytes(StandardCharsets.US_ASCII), "Police statement").getId();
        long screeningId = recording.create(police, caseNumber,
                new ScreeningCommand(null, Facts.yes(Fact.ACT_TRANSPORTED), Set.of(), null, null, true)).getId();
        long referralId = referrals.create(police, caseNumber, new ReferralRequest(SHELTER_NGO, ServiceType.SHELTER,
                Urgency.EMERGENCY, "Needs a safe place tonight.", null, null, false)).getId();
        for (ReferralAction move : moves) {
            RabtaUser by = move == ReferralAction.WITHDRAW ? police : load("ngo.lahore");
            String text = move.needsText() ? "Recorded by the access matrix" : null;
            referrals.act(by, referralId, move, text, move == ReferralAction.COMPLETE ? "Shelter" : null, null);
        }
        long notificationId = jdbc.sql("""
                        select n.id from notification n join app_user u on u.id = n.recipient_id
                        where n.subject = 'REFERRAL' and n.subject_id = :referral and u.username = 'ngo.lahore' order by n.id limit 1""")
                .param("referral", referralId).query(Long.class).single();
        return new Subject(caseNumber, form.getCnic(), attachmentId, attachmentName, screeningId, referralId, notificationId);
    }

    private RabtaUser load(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    private RabtaUser newUser(String agencyCode, Role role) {
        String username = "m." + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        asAdmin(() -> accounts.createWithPassword(username, "Matrix " + username, agencyCode, Set.of(role), PASSWORD, false));
        return load(username);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        SystemIdentity.run(() -> result.set(action.get()));
        return result.get();
    }
}
