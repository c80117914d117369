package org.ustoz.courses.certificate.internal;

import java.time.ZoneId;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.certificate.CertificateView;

/** Maps a certificate to the view services return, with the dates for people in the cohort's time zone. */
@Mapper
public interface CertificateMapper {

    CertificateMapper INSTANCE = Mappers.getMapper(CertificateMapper.class);

    @Mapping(target = "timeZone", expression = "java(timeZone)")
    @Mapping(target = "issuedOn", expression = "java(certificate.getIssuedAt().atZone(timeZone).toLocalDate())")
    CertificateView toView(Certificate certificate, @Context ZoneId timeZone);
}
