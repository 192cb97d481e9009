package no.hmskort.billing.invoicing.web.ehf;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The official PEPPOL BIS Billing 3.0 rules (UBL 2.1 schema, EN 16931 and PEPPOL Schematron, the
 * May 2026 release) as phive packages them: the answer is the list of failed rules, empty when valid.
 * Schematron asserts flagged "fatal" come back as errors; those flagged "warning" (such as the Norwegian
 * NO-R-002) as warnings, which do not make a document invalid but which a receiver's validator shows.
 */
public final class PeppolRules {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    private PeppolRules() {
    }

    public static List<String> invoiceErrors(String xml) {
        return findings(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml, true);
    }

    public static List<String> creditNoteErrors(String xml) {
        return findings(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3, xml, true);
    }

    /** Every failed rule below error level: warnings, and information should a rule set ever report it. */
    public static List<String> invoiceWarnings(String xml) {
        return findings(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml, false);
    }

    public static List<String> creditNoteWarnings(String xml) {
        return findings(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3, xml, false);
    }

    private static List<String> findings(DVRCoordinate rules, String xml, boolean errors) {
        IValidationExecutorSet<IValidationSourceXML> set = REGISTRY.getOfID(rules);
        if (set == null) {
            throw new IllegalStateException("no rule set " + rules);
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), set, ValidationSourceXML.create("ehf.xml", parse(xml)));
        List<String> found = new ArrayList<>();
        results.forEachFlattened(e -> errors ? e.isError() : e.isFailure() && !e.isError(), e -> found.add(
                e.getErrorID() + ": " + e.getErrorText(null) + " @ " + e.getErrorLocation().getAsString()));
        return found;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML", e);
        }
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        PeppolValidation.initStandard(registry);
        return registry;
    }
}
