package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.StoredPhoto;
import cn.bangfu.platform.control.DataFiles;
import cn.bangfu.platform.control.Images;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** A finding's photo or a rectification's evidence, checked by content and written under the data directory. */
@Dependent
public class PhotoIntake {

    @Inject
    DataFiles files;

    /** 400 on "photo" when it is no JPEG or PNG or too large; else written (and removed again if the transaction rolls back). */
    public StoredPhoto store(byte[] bytes) {
        Images.Image image = Images.check("photo", bytes);
        DataFiles.Written w = files.write("photos", image.extension(), bytes);
        return new StoredPhoto(w.path(), image.contentType(), w.size(), image.width(), image.height(), w.sha256());
    }

    /** The photo's bytes, verified against its checksum. */
    public byte[] read(StoredPhoto photo) {
        return files.read(photo.path(), photo.sha256());
    }
}
