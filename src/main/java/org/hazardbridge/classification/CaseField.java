package org.hazardbridge.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A classified field of a case. A restricted value is stored as text; a secret value only as AES-GCM cipher text
 * with its nonce. Its level may be raised, never lowered below its default.
 */
@Entity
@Table(name = "case_field")
public class CaseField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "case_number")
    private String caseNumber;

    private String name;

    @Enumerated(EnumType.STRING)
    private Level level;

    @Column(name = "owner_adcode")
    private String ownerAdcode;

    @Column(name = "value_text")
    private String valueText;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "value_cipher")
    private byte[] valueCipher;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    protected CaseField() {
    }

    CaseField(UUID caseId, String caseNumber, String name, String ownerAdcode, String setBy, Instant setAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.name = name;
        this.ownerAdcode = ownerAdcode;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    void store(Level newLevel, String value, SecretCipher cipher) {
        this.level = newLevel;
        if (newLevel == Level.SECRET) {
            this.valueCipher = cipher.encrypt(value);
            this.valueText = null;
        } else {
            this.valueText = value;
            this.valueCipher = null;
        }
    }

    String value(SecretCipher cipher) {
        return level == Level.SECRET ? cipher.decrypt(valueCipher) : valueText;
    }

    public String name() {
        return name;
    }

    public Level level() {
        return level;
    }

    public String ownerAdcode() {
        return ownerAdcode;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
