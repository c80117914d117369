package org.ustoz.courses.catalogue.internal;

import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.catalogue.CourseView;
import org.ustoz.courses.catalogue.ModuleView;

/** Maps catalogue entities to the views services return. */
@Mapper
public interface CatalogueMapper {

    CatalogueMapper INSTANCE = Mappers.getMapper(CatalogueMapper.class);

    CourseView toView(Course course);

    @Mapping(target = "prerequisiteCodes", source = "prerequisites")
    ModuleView toView(CourseModule module);

    default List<String> codes(Set<CourseModule> modules) {
        return modules.stream().map(CourseModule::getCode).sorted().toList();
    }
}
