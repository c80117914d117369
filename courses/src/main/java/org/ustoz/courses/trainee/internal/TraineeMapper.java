package org.ustoz.courses.trainee.internal;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import org.ustoz.courses.trainee.TraineeView;

/** Maps a trainee to the view services return. */
@Mapper
public interface TraineeMapper {

    TraineeMapper INSTANCE = Mappers.getMapper(TraineeMapper.class);

    TraineeView toView(Trainee trainee);
}
