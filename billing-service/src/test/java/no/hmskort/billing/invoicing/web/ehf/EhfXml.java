package no.hmskort.billing.invoicing.web.ehf;

import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads EHF documents in tests by XPath, with the prefixes inv (Invoice), cn (CreditNote), cac and cbc. */
public final class EhfXml {

    private static final Map<String, String> NAMESPACES = Map.of("inv", EhfDocuments.INVOICE,
            "cn", EhfDocuments.CREDIT_NOTE, "cac", EhfDocuments.CAC, "cbc", EhfDocuments.CBC);

    private EhfXml() {
    }

    /** The text of every node the XPath selects, in document order. */
    public static List<String> values(String xml, String xpath) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            var path = XPathFactory.newInstance().newXPath();
            path.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.get(prefix);
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
            NodeList nodes = (NodeList) path.evaluate(xpath, document, XPathConstants.NODESET);
            return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot evaluate " + xpath, e);
        }
    }
}
