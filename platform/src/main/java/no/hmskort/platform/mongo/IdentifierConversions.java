package no.hmskort.platform.mongo;

import java.util.List;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Identifiers are stored as their plain strings and read back through their validating constructors.
 * (Converters are classes, not lambdas: Spring reads their generic types.)
 */
public final class IdentifierConversions {

    private IdentifierConversions() {
    }

    public static MongoCustomConversions conversions() {
        return new MongoCustomConversions(List.of(new OrganisationNumberWriter(), new OrganisationNumberReader(), new PersonIdWriter(), new PersonIdReader(), new CardNumberWriter(), new CardNumberReader(), new ChipUidWriter(), new ChipUidReader()));
    }

    @WritingConverter
    static final class OrganisationNumberWriter implements Converter<OrganisationNumber, String> {
        @Override
        public String convert(OrganisationNumber id) {
            return id.value();
        }
    }

    @ReadingConverter
    static final class OrganisationNumberReader implements Converter<String, OrganisationNumber> {
        @Override
        public OrganisationNumber convert(String value) {
            return OrganisationNumber.of(value);
        }
    }

    @WritingConverter
    static final class PersonIdWriter implements Converter<PersonId, String> {
        @Override
        public String convert(PersonId id) {
            return id.value();
        }
    }

    @ReadingConverter
    static final class PersonIdReader implements Converter<String, PersonId> {
        @Override
        public PersonId convert(String value) {
            return PersonId.of(value);
        }
    }

    @WritingConverter
    static final class CardNumberWriter implements Converter<CardNumber, String> {
        @Override
        public String convert(CardNumber id) {
            return id.value();
        }
    }

    @ReadingConverter
    static final class CardNumberReader implements Converter<String, CardNumber> {
        @Override
        public CardNumber convert(String value) {
            return CardNumber.of(value);
        }
    }

    @WritingConverter
    static final class ChipUidWriter implements Converter<ChipUid, String> {
        @Override
        public String convert(ChipUid id) {
            return id.value();
        }
    }

    @ReadingConverter
    static final class ChipUidReader implements Converter<String, ChipUid> {
        @Override
        public ChipUid convert(String value) {
            return ChipUid.of(value);
        }
    }
}
