package org.ustoz.courses.certificate.internal;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.certificate.CertificateView;

/** Maps a certificate to the view services return. */
@Mapper
public interface CertificateMapper {

    CertificateMapper INSTANCE = Mappers.getMapper(CertificateMapper.class);

    CertificateView toView(Certificate certificate);
}
