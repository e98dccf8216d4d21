"""Phòng GD&ĐT thành phố Sông Công (Thái Nguyên): a Rails 6 app with Action Text bodies (blind fixture).

Platform
    A Ruby on Rails 6 application written by a local software company on Spree-like conventions
    (taxons, ``?taxon_id=`` on product-style links, ``button_to`` forms, kaminari pager) for the
    district education office. Articles have an Action Text (Trix) ``content`` rich-text body,
    rendered in ``<div class="trix-content">``; pictures are Active Storage blobs printed through
    ``/rails/active_storage/representations/redirect/<signed blob>/<variation>/<file>`` (302 to
    ``/rails/active_storage/disk/...``); slugs are friendly_id with history.

URL scheme
    ``/``                                           home: "Tin mới" (5 latest) + "Tin nổi bật"
    ``/categories/<slug>/articles[?page=N]``        kaminari listings, 2 a page, window 1 + gap
    ``/articles/<id>-<slug>``                       an article (canonical)
    ``/articles/<id>-<slug>?taxon_id=N``            the same article reached from a listing
    ``/articles/<id>-<old slug>``                   friendly_id history: old slug still answers
    ``/pages/<slug>``                               static pages (intro, organisation, contact)
    ``/documents`` and ``/documents/<id>``          official-document register and its entries
    ``/search?q=``                                  search form target (GET)

Page templates
    Layout: top bar with today's date, logo header, Bootstrap navbar with drop-downs, breadcrumb,
    main column, right sidebar ("Đọc nhiều" fragment cache, links, poll, visitor counter), footer.
    Article: ``<article class="bv-chitiet">`` with ``h1.bv-chitiet__tieude``, a meta line
    (``<time datetime="...Z">`` published, "Cập nhật", views, "Đăng bởi: <account>"), optional
    ``div.bv-chitiet__tomtat`` (the Article#summary column), ``div.trix-content`` body, a like
    ``button_to`` form, share links, comments (each in its own ``trix-content``), "Tin liên quan".

How each gold article is reached
    Home links the five latest (canonical URLs). Every article sits in its category listing, whose
    links carry ``?taxon_id=<taxon>``; 1305, 1290, 1297 and 1324 are not on the home page and
    sit on page 2 of their listing (canonical links to them only in other articles' "Tin liên
    quan"; 1297, 1324 and 1335 are also linked by old slug from the sidebar "Đọc nhiều").
    1301 is filed under two taxons (Công đoàn primary, page 1; Tin tức secondary, page 3).

Traps
    1. Trix block markup: paragraphs are ``<div><!--block-->…</div>`` (no ``<p>`` at all); some
       editors pasted whole stories into ONE div whose paragraphs are separated by
       ``<br><br>``, and a single ``<br>`` also starts a new line. Gold: every line between
       ``<br>`` runs / blocks is its own paragraph, in order; the ``<!--block-->`` comments and
       empty ``<div><br></div>`` spacers are nothing.
    2. Trix's only heading is ``<h1>``: sub-headings inside the body are a second and third
       ``<h1>`` on the page after the headline. Gold: title = the article header's h1; the
       in-body h1s are body paragraphs.
    3. Action Text's blob partial prints, for a picture whose editor typed no caption,
       ``<figcaption class="attachment__caption"><span class="attachment__name">IMG_….jpg</span>
       <span class="attachment__size">2,3 MB</span></figcaption>``. Gold: the image counts,
       its caption is None (a file name and size are no caption).
    4. Image galleries: ``div.attachment-gallery--2`` holds two ``<action-text-attachment
       presentation="gallery">`` figures side by side; both are article images, in order, each
       with its own caption (or none, trap 3). The caption is also in the element's ``caption``
       attribute; the printed figcaption decides.
    5. Reader comments below the article are rendered with the same Action Text partial, so the
       page has several ``div.trix-content``: only the one inside ``article.bv-chitiet`` is body.
       Comments also carry ``<time>`` elements dated after the article.
    6. Spree's ``?taxon_id=N`` on every listing link: the article page then prints the breadcrumb
       of THAT taxon. 1301 is filed under Công đoàn (primary, canonical breadcrumb) and Tin tức
       (secondary). Gold: category = the canonical page's breadcrumb ("Công đoàn - Đoàn thể");
       the ``taxon_id`` URLs are alt_paths of the canonical article.
    7. friendly_id history: the sidebar's cached "Đọc nhiều" fragment still links three
       articles by their old slugs, which answer 200 with the same article (rel=canonical points
       to the new slug). Gold: alt_paths.
    8. Times: ``<time datetime>`` is printed in UTC with a "Z" (``published_at.utc.iso8601``)
       while the text shows Hà Nội time; 1324, published 06:30 on 20/11, is "2026-11-19T23:30:00Z"
       in the attribute. Gold: the local time with +07:00 ("2026-11-20T06:30:00+07:00").
       The meta line also prints "Cập nhật" (updated_at), never the publication date.
    9. Thông báo use a ``published_on`` date column: the page prints a day only
       (``<time datetime="2026-12-01">``). Gold: the day alone.
    10. Listings print ``time_ago_in_words`` ("3 ngày trước", "khoảng 1 tháng trước"), never a date;
        page 1 of "Tin tức - Sự kiện" repeats a pinned article ("Tin nổi bật") that is also in
        its natural place on page 2.
    11. File attachments inside the Trix body (``figure.attachment--file`` with the PDF's name and
        size) and the closing byline/source/signature divs are in the same ``trix-content`` as
        the text. Gold: not body; "Tin, ảnh:/Bài, ảnh:" -> author and photographer, "Tin: X -
        Ảnh: Y" split, "ThS. … - Hiệu trưởng" -> name only, "Nguồn: X" -> source, a notice's
        "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / name" -> the signer is the author.
    12. "Đăng bởi: pgd_songcong" (a CMS account) in the meta line -> nobody. The like button is a
        ``button_to`` POST form (with authenticity_token): never a page.

Gold decisions on ambiguous points
    - summary: the ``div.bv-chitiet__tomtat`` column when printed (then also the body's first
      paragraph), or a Trix first block entirely in ``<strong>``; otherwise None (the meta
      description, a truncated body, is no sapo).
    - images: the ``<img src>`` of each body attachment as printed (the representation URL, not
      the disk URL it redirects to); listing thumbnails and og:image are not images of the page.
    - 1305's signature block in bold is the signer; "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG" is no text.
    - A typed "👉 " at the start of a line is text and kept.
    - Static pages, the document register and its entries are not articles.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, collapse, esc, gold_record, static_file

NAME = "rails_actiontext_pgd"
PLATFORM = "Ruby on Rails 6 + Action Text (Trix) + Active Storage + kaminari (local vendor)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo thành phố Sông Công"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
_TZ = timezone(timedelta(hours=7))
_NOW = datetime(2026, 12, 5, 10, 0, tzinfo=_TZ)
PER_PAGE = 2

# taxon id -> (slug, name)
TAXONS = {
    2: ("tin-tuc", "Tin tức - Sự kiện"),
    3: ("thong-bao", "Thông báo"),
    4: ("chuyen-mon", "Hoạt động chuyên môn"),
    5: ("cong-doan", "Công đoàn - Đoàn thể"),
}
TAXON_BY_SLUG = {slug: tid for tid, (slug, _name) in TAXONS.items()}


# --- Active Storage URLs ---------------------------------------------------------------------


def _signed(payload: str, salt: str) -> str:
    """A Rails-looking signed id: base64 JSON envelope, "--", a hex digest."""
    msg = base64.b64encode(payload.encode()).decode()
    env = json.dumps({"_rails": {"message": msg, "exp": None, "pur": salt}}, separators=(",", ":"))
    data = base64.b64encode(env.encode()).decode().rstrip("=")
    return data + "--" + hashlib.sha1((data + salt).encode()).hexdigest()


_VARIANTS = {
    "body": '{"resize_to_limit":[1024,768]}',
    "gallery": '{"resize_to_limit":[800,600]}',
    "thumb": '{"resize_to_fill":[300,200]}',
}


def rep(blob: int, filename: str, variant: str = "body") -> str:
    """The representation URL Active Storage prints for a variant of blob ``blob``."""
    return (
        "/rails/active_storage/representations/redirect/"
        f"{_signed(f'BAhpA{blob}', 'blob_id')}/{_signed(_VARIANTS[variant], 'variation')}/{filename}"
    )


def blob_url(blob: int, filename: str) -> str:
    return f"/rails/active_storage/blobs/redirect/{_signed(f'BAhpA{blob}', 'blob_id')}/{filename}"


def disk_url(blob: int, filename: str) -> str:
    key = hashlib.sha1(f"disk{blob}".encode()).hexdigest()[:28]
    return f"/rails/active_storage/disk/{key}/{filename}"


# --- the stories -----------------------------------------------------------------------------


def _img(blob: int, filename: str, printed: str | None, caption: str | None, style: str = "cap",
         size: str = "1,2 MB") -> Img:
    variant = "gallery" if style.startswith("gal") else "body"
    return Img(rep(blob, filename, variant), printed=printed, caption=caption,
               style=f"{style}|{blob}|{filename}|{size}")


def _pdf(blob: int, filename: str, size: str) -> Raw:
    return Raw(
        f'<action-text-attachment sgid="{_signed(f"gid://pgd/ActiveStorage::Blob/{blob}", "attachable")}" '
        f'content-type="application/pdf" url="{blob_url(blob, filename)}" filename="{filename}" '
        f'filesize="{blob * 97}" previewable="false">'
        f'<figure class="attachment attachment--file attachment--pdf">'
        f'<a href="{blob_url(blob, filename)}" target="_blank">'
        f'<figcaption class="attachment__caption"><span class="attachment__name">{filename}</span> '
        f'<span class="attachment__size">{size}</span></figcaption></a></figure></action-text-attachment>'
    )


STORIES: list[Story] = [
    Story(
        id=1342,
        slug="song-cong-to-chuc-hoi-nghi-tong-ket-hoi-khoe-phu-dong-cap-thanh-pho-nam-2026",
        title="Sông Công tổ chức Hội nghị tổng kết Hội khỏe Phù Đổng cấp thành phố năm 2026",
        cat="tin-tuc",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo thành phố Sông Công tổ chức Hội nghị "
            "tổng kết Hội khỏe Phù Đổng cấp thành phố lần thứ XI năm 2026."
        ),
        blocks=[
            P(
                "Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo thành phố Sông Công tổ chức Hội nghị "
                "tổng kết Hội khỏe Phù Đổng cấp thành phố lần thứ XI năm 2026.",
                "b",
            ),
            _img(801, "hkpd-hoi-nghi.jpg", "Đồng chí Phó Chủ tịch UBND thành phố phát biểu tại hội nghị",
                 "Đồng chí Phó Chủ tịch UBND thành phố phát biểu tại hội nghị"),
            P(
                "Hội khỏe Phù Đổng năm nay thu hút hơn 1.200 vận động viên là học sinh của 24 trường Tiểu học, "
                "THCS trên địa bàn, thi đấu ở 9 môn: điền kinh, bơi, cờ vua, bóng đá, bóng bàn, cầu lông, "
                "đá cầu, kéo co và võ cổ truyền."
            ),
            P(
                "Kết quả chung cuộc, Trường THCS Thắng Lợi xếp thứ Nhất toàn đoàn khối THCS; Trường Tiểu học "
                "Lương Sơn xếp thứ Nhất toàn đoàn khối Tiểu học."
            ),
            _img(802, "trao-giai-thcs.jpg", "Trao giải toàn đoàn khối THCS", "Trao giải toàn đoàn khối THCS",
                 "gal"),
            _img(803, "trao-giai-tieu-hoc.jpg", "Trao giải toàn đoàn khối Tiểu học",
                 "Trao giải toàn đoàn khối Tiểu học", "gal"),
            P(
                "Phát biểu tại hội nghị, lãnh đạo Phòng GD&ĐT đề nghị các nhà trường tiếp tục duy trì hoạt "
                "động thể dục thể thao thường xuyên, lựa chọn vận động viên có năng khiếu để chuẩn bị cho "
                "Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Raw("<div><!--block--><strong>Tin, ảnh: Hoàng Thu Trang</strong></div>"),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={"updated": "2026-12-04 09:10", "comments": True},
    ),
    Story(
        id=1339,
        slug="thong-bao-lich-nghi-tet-duong-lich-2027-doi-voi-cac-co-so-giao-duc",
        title="Thông báo lịch nghỉ Tết Dương lịch 2027 đối với các cơ sở giáo dục",
        cat="thong-bao",
        published_at="2026-12-01",
        blocks=[
            P(
                "Căn cứ Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh Thái Nguyên, Phòng Giáo dục và "
                "Đào tạo thành phố Sông Công thông báo lịch nghỉ Tết Dương lịch 2027 như sau:"
            ),
            P("Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày: Thứ Sáu, ngày 01/01/2027.", "li"),
            P("Các đơn vị bố trí cán bộ trực, bảo đảm an ninh, an toàn tài sản trong thời gian nghỉ.", "li"),
            P(
                "Học sinh đi học trở lại từ Thứ Hai, ngày 04/01/2027. Đề nghị Hiệu trưởng các trường thông "
                "báo tới cha mẹ học sinh và thực hiện nghiêm túc."
            ),
            P("👉 Mọi vướng mắc xin liên hệ Bộ phận Văn phòng, điện thoại 0208 3862 135."),
        ],
        opts={"updated": "2026-12-02 08:05"},
    ),
    Story(
        id=1335,
        slug="truong-thcs-thang-loi-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Thắng Lợi đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc",
        published_at="2026-11-28T09:05:00+07:00",
        summary=(
            "Sáng 27/11/2026, Trường THCS Thắng Lợi long trọng tổ chức Lễ đón Bằng công nhận trường đạt "
            "chuẩn quốc gia mức độ 2 và kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đại diện lãnh đạo UBND thành phố, Phòng Giáo dục và Đào tạo, Đảng ủy, HĐND, "
                "UBND phường Thắng Lợi cùng đông đảo cha mẹ học sinh."
            ),
            _img(811, "IMG_20261127_081544.jpg", "IMG_20261127_081544.jpg 2,3 MB", None, "file", "2,3 MB"),
            P(
                "Năm học 2026-2027, nhà trường có 28 lớp với 1.146 học sinh; 100% cán bộ, giáo viên đạt "
                "chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            P(
                "Trong 5 năm qua, nhà trường có 37 lượt học sinh đạt giải cấp tỉnh và 2 học sinh đạt giải "
                "cấp quốc gia.",
                "br",
            ),
            _img(812, "trao-bang-chuan-qg.jpg", "Lãnh đạo UBND thành phố trao Bằng công nhận cho nhà trường",
                 "Lãnh đạo UBND thành phố trao Bằng công nhận cho nhà trường"),
            P(
                "Việc đạt chuẩn quốc gia mức độ 2 là kết quả của sự nỗ lực bền bỉ của tập thể sư phạm nhà "
                "trường cùng sự quan tâm đầu tư của chính quyền địa phương."
            ),
            Raw("<div><!--block--><em>ThS. Đỗ Văn Khải - Hiệu trưởng nhà trường</em></div>"),
        ],
        authors=["Đỗ Văn Khải"],
        opts={"updated": "2026-11-30 16:42", "old_slug": "truong-thcs-thang-loi-dat-chuan-quoc-gia"},
    ),
    Story(
        id=1331,
        slug="chuyen-de-day-hoc-mon-ngu-van-lop-8-theo-chuong-trinh-gdpt-2018",
        title="Chuyên đề dạy học môn Ngữ văn lớp 8 theo Chương trình GDPT 2018",
        cat="chuyen-mon",
        published_at="2026-11-26T14:10:00+07:00",
        blocks=[
            P(
                "Ngày 25/11/2026, tại Trường THCS Bách Quang, Phòng GD&ĐT thành phố Sông Công tổ chức chuyên "
                "đề “Dạy học đọc hiểu văn bản thông tin trong môn Ngữ văn lớp 8 theo Chương trình GDPT 2018”."
            ),
            P("Tiết dạy minh họa", "h"),
            P(
                "Cô giáo Trần Thị Thu Hà thực hiện tiết dạy minh họa bài “Thiên nhiên và con người trong "
                "truyện ngắn”, vận dụng kỹ thuật khăn trải bàn và sơ đồ tư duy."
            ),
            _img(821, "z5963114-tiet-day.jpg", "z5963114-tiet-day.jpg 1,8 MB", None, "file", "1,8 MB"),
            P("Thảo luận", "h"),
            P(
                "Dạy đọc hiểu không chỉ là dạy một văn bản, mà là dạy cho học sinh cách đọc một kiểu văn bản.",
                "q",
            ),
            P(
                "Các ý kiến thảo luận tập trung vào việc thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, "
                "thông hiểu, vận dụng và cách đánh giá năng lực đọc của học sinh."
            ),
            Raw("<div><!--block--><strong>Bùi Thị Lan Anh</strong> - Chuyên viên Phòng GD&amp;ĐT</div>"),
        ],
        authors=["Bùi Thị Lan Anh"],
        opts={"updated": "2026-11-26 14:10", "comments": True},
    ),
    Story(
        id=1328,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-hoc-2026-2027-dot-2",
        title="Thông báo tuyển dụng viên chức giáo dục năm học 2026-2027 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-24",
        summary=(
            "Phòng Giáo dục và Đào tạo thành phố Sông Công thông báo tuyển dụng viên chức giáo dục đợt 2 "
            "năm học 2026-2027 với tổng số 14 chỉ tiêu."
        ),
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thành phố Sông Công thông báo tuyển dụng viên chức giáo dục đợt 2 "
                "năm học 2026-2027 với tổng số 14 chỉ tiêu.",
                "b",
            ),
            P("1. Chỉ tiêu tuyển dụng", "h"),
            P("Giáo viên Mầm non: 6 chỉ tiêu;", "li"),
            P("Giáo viên Tiểu học: 5 chỉ tiêu;", "li"),
            P("Giáo viên THCS môn Tiếng Anh: 3 chỉ tiêu.", "li"),
            P("2. Thời gian, địa điểm nhận hồ sơ", "h"),
            P(
                "Từ ngày 25/11/2026 đến hết ngày 24/12/2026 (trong giờ hành chính), tại Phòng Giáo dục và "
                "Đào tạo, số 1 đường Thắng Lợi, phường Thắng Lợi, thành phố Sông Công."
            ),
            _pdf(831, "Thong-bao-tuyen-dung-dot-2.pdf", "245 KB"),
        ],
        opts={"updated": "2026-11-25 07:30"},
    ),
    Story(
        id=1324,
        slug="ngay-hoi-chuyen-doi-so-trong-truong-hoc-nam-2026",
        title="Ngày hội Chuyển đổi số trong trường học năm 2026",
        cat="tin-tuc",
        published_at="2026-11-20T06:30:00+07:00",
        blocks=[
            P(
                "Nhằm đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học, ngày 19/11/2026, "
                "Phòng GD&ĐT thành phố Sông Công tổ chức Ngày hội Chuyển đổi số trong trường học năm 2026 tại "
                "Trường THCS Cải Đan."
            ),
            P(
                "Ngày hội có 18 gian trưng bày sản phẩm của các trường Mầm non, Tiểu học và THCS: học liệu số, "
                "bài giảng điện tử, phần mềm quản lý học sinh, mô hình thư viện số."
            ),
            P(
                "Học sinh được trải nghiệm lớp học thực tế ảo, lập trình robot và các trò chơi học tập trên "
                "máy tính bảng."
            ),
            _img(841, "trai-nghiem-robot.jpg", "Học sinh Trường Tiểu học Cải Đan trải nghiệm lập trình robot",
                 "Học sinh Trường Tiểu học Cải Đan trải nghiệm lập trình robot"),
            P("Hướng tới trường học số", "h"),
            P(
                "Theo kế hoạch, đến hết năm học 2026-2027, 100% cơ sở giáo dục trên địa bàn thành phố triển "
                "khai sổ điểm điện tử, học bạ số và thanh toán không dùng tiền mặt."
            ),
        ],
        opts={"updated": "2026-11-21 11:00", "pack": True, "old_slug": "ngay-hoi-chuyen-doi-so-2026"},
    ),
    Story(
        id=1319,
        slug="tap-huan-su-dung-thiet-bi-day-hoc-toi-thieu-cap-tieu-hoc",
        title="Tập huấn sử dụng thiết bị dạy học tối thiểu cấp Tiểu học",
        cat="chuyen-mon",
        published_at="2026-11-16T10:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 14 đến 15/11/2026, Phòng GD&ĐT thành phố Sông Công tổ chức tập huấn sử dụng thiết bị "
                "dạy học tối thiểu cấp Tiểu học cho 126 giáo viên."
            ),
            P(
                "Nội dung tập huấn gồm: khai thác bộ thiết bị môn Khoa học, Tự nhiên và Xã hội, Công nghệ lớp 3, "
                "lớp 4; bảo quản và sửa chữa thiết bị đơn giản."
            ),
            _img(851, "tap-huan-thiet-bi.jpg", "Giáo viên thực hành lắp ráp mô hình tại lớp tập huấn",
                 "Giáo viên thực hành lắp ráp mô hình tại lớp tập huấn"),
            P("Kết thúc tập huấn, 100% học viên hoàn thành bài thu hoạch đạt yêu cầu."),
            Raw("<div><!--block-->Bài, ảnh: Lương Thị Mai</div>"),
        ],
        authors=["Lương Thị Mai"],
        photographers=["Lương Thị Mai"],
        opts={"updated": "2026-11-16 10:30", "pack": True},
    ),
    Story(
        id=1316,
        slug="hoc-sinh-song-cong-gianh-12-giai-tai-hoi-thi-tin-hoc-tre-tinh-thai-nguyen",
        title="Học sinh Sông Công giành 12 giải tại Hội thi Tin học trẻ tỉnh Thái Nguyên",
        cat="tin-tuc",
        published_at="2026-11-12T16:40:00+07:00",
        blocks=[
            P(
                "Tại Hội thi Tin học trẻ tỉnh Thái Nguyên lần thứ XXIX năm 2026 diễn ra từ ngày 07 đến "
                "09/11/2026, đoàn học sinh thành phố Sông Công đã xuất sắc giành 12 giải."
            ),
            P(
                "Cụ thể: 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích ở các bảng thi Tiểu học, "
                "THCS với nội dung lập trình, sản phẩm sáng tạo và thi kỹ năng tin học văn phòng."
            ),
            P("Bảng A (Tiểu học): 1 giải Nhất, 1 giải Nhì, 2 giải Ba;", "li"),
            P("Bảng B (THCS): 1 giải Nhất, 2 giải Nhì, 2 giải Ba, 3 giải Khuyến khích.", "li"),
            _img(861, "tin-hoc-tre-giai-nhat.jpg",
                 "Em Nguyễn Minh Khôi, Trường THCS Bách Quang (bìa phải) nhận giải Nhất bảng B",
                 "Em Nguyễn Minh Khôi, Trường THCS Bách Quang (bìa phải) nhận giải Nhất bảng B"),
            P(
                "Đây là năm thứ ba liên tiếp đoàn thành phố Sông Công nằm trong tốp 3 đơn vị dẫn đầu toàn tỉnh."
            ),
            Raw("<div><!--block--><em>Nguồn: Sở GD&amp;ĐT Thái Nguyên</em></div>"),
        ],
        source="Sở GD&ĐT Thái Nguyên",
        opts={"updated": "2026-11-13 08:00"},
    ),
    Story(
        id=1310,
        slug="huong-ung-thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-bao-luc-tren-co-so-gioi",
        title="Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới",
        cat="cong-doan",
        published_at="2026-11-06T07:15:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
                "năm 2026 (từ ngày 15/11 đến 15/12), Công đoàn ngành Giáo dục thành phố Sông Công ban hành kế "
                "hoạch triển khai tới các công đoàn cơ sở."
            ),
            P("Các hoạt động trọng tâm gồm:"),
            P("Tuyên truyền trên trang thông tin điện tử và nhóm Zalo của các nhà trường;", "oli"),
            P("Tổ chức chuyên đề ngoại khóa về kỹ năng phòng, chống xâm hại cho học sinh;", "oli"),
            P("Treo băng rôn, khẩu hiệu hưởng ứng tại cổng trường.", "oli"),
            P("Công đoàn ngành đề nghị các công đoàn cơ sở báo cáo kết quả thực hiện trước ngày 20/12/2026."),
        ],
        opts={"updated": "2026-11-06 07:15"},
    ),
    Story(
        id=1305,
        slug="thong-bao-ve-viec-kiem-tra-cong-tac-pho-cap-giao-duc-nam-2026",
        title="Thông báo về việc kiểm tra công tác phổ cập giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-10-22",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 214/KH-UBND ngày 15/10/2026 của UBND thành phố, Phòng GD&ĐT thông báo "
                "lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại các phường, xã."
            ),
            P("Thời gian kiểm tra: từ ngày 02/11 đến ngày 13/11/2026.", "br"),
            P(
                "Thành phần đoàn kiểm tra gồm đại diện lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách phổ cập và "
                "đại diện Ban Chỉ đạo phổ cập giáo dục thành phố."
            ),
            P("Đề nghị UBND các phường, xã và các trường chuẩn bị đầy đủ hồ sơ, sổ sách theo quy định."),
            Raw("<div><br></div>"),
            Raw(
                "<div><!--block--><strong>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG<br><br><br>"
                "Nguyễn Văn Hòa</strong></div>"
            ),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={"updated": "2026-10-23 15:12"},
    ),
    Story(
        id=1301,
        slug="cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-20-10",
        title="Công đoàn ngành Giáo dục tổ chức Giải bóng chuyền hơi nữ chào mừng 20/10",
        cat="cong-doan",
        published_at="2026-10-18T08:00:00+07:00",
        blocks=[
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026), ngày 17/10/2026, Công đoàn ngành Giáo dục thành phố Sông Công tổ chức Giải bóng "
                "chuyền hơi nữ năm 2026."
            ),
            P(
                "Giải đấu có 16 đội tham gia đến từ các trường Mầm non, Tiểu học và THCS, thi đấu theo thể "
                "thức loại trực tiếp."
            ),
            _img(871, "chung-ket-bong-chuyen.jpg", "Đội Trường Mầm non Hoa Sen (áo đỏ) trong trận chung kết",
                 "Đội Trường Mầm non Hoa Sen (áo đỏ) trong trận chung kết", "gal"),
            _img(872, "IMG_7731.JPG", "IMG_7731.JPG 3,1 MB", None, "galfile", "3,1 MB"),
            P(
                "Kết quả: giải Nhất thuộc về đội Trường Mầm non Hoa Sen, giải Nhì Trường Tiểu học Thắng Lợi, "
                "đồng giải Ba Trường THCS Lương Châu và Trường Tiểu học Bách Quang."
            ),
            Raw("<div><!--block-->Tin: Phạm Thị Ngọc - Ảnh: Vũ Đức Long</div>"),
        ],
        authors=["Phạm Thị Ngọc"],
        photographers=["Vũ Đức Long"],
        opts={"updated": "2026-10-18 08:00", "taxons": [5, 2]},
    ),
    Story(
        id=1297,
        slug="hoi-thi-giao-vien-day-gioi-cap-mam-non-thanh-pho-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp Mầm non thành phố năm học 2026-2027",
        cat="chuyen-mon",
        published_at="2026-10-14T13:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 07 đến 13/10/2026, Phòng GD&ĐT thành phố Sông Công tổ chức Hội thi giáo viên dạy giỏi "
                "cấp Mầm non năm học 2026-2027 với 42 giáo viên tham dự."
            ),
            P(
                "Mỗi giáo viên thực hiện hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục "
                "trẻ và thực hành tổ chức một hoạt động giáo dục."
            ),
            _img(881, "gvdg-mam-non.jpg",
                 "(Cô giáo Trường Mầm non Bách Quang tổ chức hoạt động khám phá cho trẻ 5 tuổi)",
                 "Cô giáo Trường Mầm non Bách Quang tổ chức hoạt động khám phá cho trẻ 5 tuổi"),
            P(
                "Kết quả có 31 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố, trong đó 8 giáo viên "
                "được chọn tham gia hội thi cấp tỉnh."
            ),
            Raw("<div><!--block--><em>Ngô Thị Phương Thảo (Bộ phận Mầm non)</em></div>"),
        ],
        authors=["Ngô Thị Phương Thảo"],
        opts={"updated": "2026-10-15 09:20", "old_slug": "hoi-thi-giao-vien-day-gioi-cap-mam-non-thanh-pho"},
    ),
    Story(
        id=1290,
        slug="doan-vien-cong-doan-nganh-giao-duc-chung-tay-ung-ho-dong-bao-vung-lu",
        title="Đoàn viên công đoàn ngành Giáo dục chung tay ủng hộ đồng bào vùng lũ",
        cat="cong-doan",
        published_at="2026-10-08T17:00:00+07:00",
        summary=(
            "Trước những thiệt hại nặng nề do mưa lũ gây ra tại các tỉnh miền núi phía Bắc, Công đoàn ngành "
            "Giáo dục thành phố Sông Công đã phát động đợt quyên góp ủng hộ đồng bào vùng lũ."
        ),
        blocks=[
            P(
                "Trước những thiệt hại nặng nề do mưa lũ gây ra tại các tỉnh miền núi phía Bắc, Công đoàn ngành "
                "Giáo dục thành phố Sông Công đã phát động đợt quyên góp ủng hộ đồng bào vùng lũ.",
                "b",
            ),
            P(
                "Sau một tuần phát động, cán bộ, giáo viên, nhân viên và học sinh toàn ngành đã ủng hộ được "
                "286.500.000 đồng cùng nhiều sách vở, quần áo, đồ dùng học tập."
            ),
            _img(891, "trao-ung-ho.jpg",
                 "Đại diện Công đoàn ngành trao số tiền ủng hộ cho Ủy ban MTTQ Việt Nam thành phố",
                 "Đại diện Công đoàn ngành trao số tiền ủng hộ cho Ủy ban MTTQ Việt Nam thành phố"),
            P(
                "Toàn bộ số tiền và hiện vật đã được chuyển tới Ủy ban Mặt trận Tổ quốc Việt Nam thành phố để "
                "chuyển tới đồng bào bị ảnh hưởng."
            ),
            P("Xin trân trọng cảm ơn tấm lòng của các thầy cô và các em học sinh!", "br"),
            Raw("<div><!--block-->Tin: Đặng Thị Thu Huyền</div>"),
        ],
        authors=["Đặng Thị Thu Huyền"],
        opts={"updated": "2026-10-09 10:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def taxons_of(story: Story) -> list[int]:
    return story.opts.get("taxons") or [TAXON_BY_SLUG[story.cat]]


def art_path(story: Story, taxon: int | None = None, slug: str | None = None) -> str:
    path = f"/articles/{story.id}-{slug or story.slug}"
    return f"{path}?taxon_id={taxon}" if taxon else path


def listing(tid: int) -> list[Story]:
    items = [s for s in STORIES if tid in taxons_of(s)]
    return sorted(items, key=lambda s: s.published_at or "", reverse=True)


def _pages(tid: int) -> int:
    return max(1, -(-len(listing(tid)) // PER_PAGE))


# --- time helpers ----------------------------------------------------------------------------


def _local(story_stamp: str) -> datetime:
    if "T" in story_stamp:
        return datetime.fromisoformat(story_stamp)
    return datetime.fromisoformat(story_stamp + "T08:00:00+07:00")


def _utc_attr(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_local(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=_TZ)


def time_ago(dt: datetime) -> str:
    days = (_NOW - dt).days
    if days < 1:
        hours = max(1, int((_NOW - dt).total_seconds() // 3600))
        return f"khoảng {hours} giờ trước"
    if days < 30:
        return f"{days} ngày trước"
    return f"khoảng {days // 30} tháng trước"


# --- page chrome -----------------------------------------------------------------------------

_MENU = [
    ("Giới thiệu", "/pages/gioi-thieu", [("Cơ cấu tổ chức", "/pages/co-cau-to-chuc")]),
    (
        "Tin tức",
        "/categories/tin-tuc/articles",
        [
            ("Tin tức - Sự kiện", "/categories/tin-tuc/articles"),
            ("Hoạt động chuyên môn", "/categories/chuyen-mon/articles"),
            ("Công đoàn - Đoàn thể", "/categories/cong-doan/articles"),
        ],
    ),
    ("Thông báo", "/categories/thong-bao/articles", []),
    ("Văn bản", "/documents", []),
    ("Liên hệ", "/pages/lien-he", []),
]

_CSRF = base64.b64encode(hashlib.sha256(b"csrf-songcong").digest() * 2).decode()


def _nav() -> str:
    items = []
    for label, href, children in _MENU:
        if children:
            sub = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for t, h in children)
            items.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" '
                f'data-toggle="dropdown" data-turbolinks="false">{esc(label)}</a>'
                f'<div class="dropdown-menu">{sub}</div></li>'
            )
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>')
    return (
        '<nav class="navbar navbar-expand-lg navbar-dark bg-primary" id="main-nav"><div class="container">'
        '<ul class="navbar-nav mr-auto"><li class="nav-item"><a class="nav-link" href="/">'
        '<i class="fas fa-home"></i> Trang chủ</a></li>' + "".join(items) + "</ul>"
        '<form class="form-inline" action="/search" accept-charset="UTF-8" method="get">'
        '<input name="utf8" type="hidden" value="&#x2713;">'
        '<input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm...">'
        '<button class="btn btn-sm btn-light" type="submit">Tìm</button></form></div></nav>'
    )


def _sidebar() -> str:
    # a cached fragment from before three slugs were changed (friendly_id history keeps them)
    hot = [BY_ID[1342], BY_ID[1335], BY_ID[1297], BY_ID[1324]]
    hot_items = "".join(
        f'<li class="list-group-item"><a href="{art_path(s, slug=s.opts.get("old_slug"))}">{esc(s.title)}</a>'
        f' <span class="badge badge-light">{s.views()}</span></li>'
        for s in hot
    )
    return (
        '<aside class="col-lg-4 sidebar">'
        '<!-- cache: views/shared/_doc_nhieu:8c41f0e2a7 -->'
        '<div class="card mb-3 widget-docnhieu"><div class="card-header">Đọc nhiều</div>'
        f'<ul class="list-group list-group-flush">{hot_items}</ul></div>'
        '<div class="card mb-3"><div class="card-header">Liên kết</div><div class="card-body">'
        '<a href="https://thainguyen.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Thái Nguyên</a><br>'
        '<a href="https://songcong.thainguyen.gov.vn" target="_blank" rel="noopener">Cổng TTĐT TP Sông Công</a><br>'
        '<a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></div></div>'
        '<div class="card mb-3 poll"><div class="card-header">Thăm dò ý kiến</div><div class="card-body">'
        '<form action="/polls/3/votes" method="post"><input type="hidden" name="authenticity_token" '
        f'value="{_CSRF}"><p>Bạn đánh giá thế nào về trang thông tin?</p>'
        '<label><input type="radio" name="choice" value="1"> Hữu ích</label><br>'
        '<label><input type="radio" name="choice" value="2"> Bình thường</label><br>'
        '<button class="btn btn-sm btn-primary">Bình chọn</button></form></div></div>'
        '<div class="card mb-3 thong-ke"><div class="card-header">Thống kê truy cập</div>'
        '<div class="card-body"><div>Đang online: 17</div><div>Hôm nay: 412</div>'
        '<div>Tổng truy cập: 1.284.903</div></div></div></aside>'
    )


def page(request: Request, title: str, main: str, crumbs: list[tuple[str, str | None]],
         head: str = "", description: str = "") -> Response:
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' if h
        else f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>'
        for t, h in [("Trang chủ", "/"), *crumbs]
    )
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Phòng GD&amp;ĐT Sông Công</title>
{desc}
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{_CSRF}">
{head}
<link rel="stylesheet" media="all" href="/assets/application-3f1c0b7d9e.css" data-turbolinks-track="reload">
<script src="/packs/js/application-5a8e2c41b0.js" data-turbolinks-track="reload"></script>
</head>
<body class="c-articles">
<div class="topbar"><div class="container"><span class="ngay-hien-tai">{HEADER_DATE}</span>
<span class="float-right"><a href="/users/sign_in" rel="nofollow">Đăng nhập</a></span></div></div>
<header class="site-header"><div class="container">
<a href="/"><img src="/assets/logo-pgd-songcong-2b7a.png" alt="Logo" class="logo"></a>
<div class="site-title"><div class="dv-cap-tren">UBND THÀNH PHỐ SÔNG CÔNG</div>
<div class="dv-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div></div></div></header>
{_nav()}
<div class="container mt-3"><nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb_html}</ol></nav>
<div class="row"><main class="col-lg-8" role="main">
{main}
</main>
{_sidebar()}
</div></div>
<footer class="site-footer"><div class="container">
<p><strong>{esc(SITE_NAME.upper())}</strong></p>
<p>Địa chỉ: Số 1 đường Thắng Lợi, phường Thắng Lợi, thành phố Sông Công, tỉnh Thái Nguyên</p>
<p>Điện thoại: 0208 3862 135 - Email: pgdsongcong@thainguyen.edu.vn</p>
<p>Người chịu trách nhiệm: Trưởng phòng GD&amp;ĐT. &copy; 2026 Bản quyền thuộc Phòng GD&amp;ĐT Sông Công.
Thiết kế bởi CTCP Phần mềm Thái Nguyên Tech.</p></div></footer>
</body></html>"""
    return html(body)


# --- article body (Trix / Action Text) -------------------------------------------------------


def _figure(img: Img, in_gallery: bool) -> str:
    kind, blob, filename, size = img.style.split("|")
    ext = filename.rsplit(".", 1)[-1].lower()
    has_caption = not kind.endswith("file")
    if has_caption:
        caption_html = esc(img.printed or "")
        cap_attr = f' caption="{esc(img.printed or "")}"'
    else:
        caption_html = (
            f'<span class="attachment__name">{esc(filename)}</span> '
            f'<span class="attachment__size">{esc(size)}</span>'
        )
        cap_attr = ""
    presentation = ' presentation="gallery"' if in_gallery else ""
    sgid = _signed(f"gid://pgd/ActiveStorage::Blob/{blob}", "attachable")
    return (
        f'<action-text-attachment sgid="{sgid}" content-type="image/{"jpeg" if ext in ("jpg", "jpeg") else ext}" '
        f'url="{disk_url(int(blob), filename)}" filename="{esc(filename)}" filesize="{int(blob) * 3011}" '
        f'width="1600" height="1200" previewable="true"{presentation}{cap_attr}>'
        f'<figure class="attachment attachment--preview attachment--{ext}">'
        f'<img src="{img.src}">'
        f'<figcaption class="attachment__caption">{caption_html}</figcaption>'
        f"</figure></action-text-attachment>"
    )


def render_trix(story: Story) -> str:
    """The stored Action Text HTML of a story, as Trix saved it."""
    out: list[str] = []
    pack = story.opts.get("pack", False)
    blocks = story.blocks
    i = 0
    open_div: list[str] | None = None  # text lines of the current <div> block

    def flush() -> None:
        nonlocal open_div
        if open_div is not None:
            out.append("<div><!--block-->" + "".join(open_div) + "</div>")
            open_div = None

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("", "br"):
            t = esc(b.text)
            if open_div is not None and b.style == "br":
                open_div.append("<br>" + t)
            elif open_div is not None and pack:
                open_div.append("<br><br>" + t)
            else:
                flush()
                open_div = [t]
            i += 1
            continue
        flush()
        if isinstance(b, P) and b.style == "b":
            out.append(f"<div><!--block--><strong>{esc(b.text)}</strong></div>")
        elif isinstance(b, P) and b.style == "h":
            out.append(f"<h1><!--block-->{esc(b.text)}</h1>")
        elif isinstance(b, P) and b.style == "q":
            out.append(f"<blockquote><!--block-->{esc(b.text)}</blockquote>")
        elif isinstance(b, P) and b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li><!--block-->{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        elif isinstance(b, Img) and b.style.startswith("gal"):
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style.startswith("gal"):
                figs.append(_figure(blocks[i], True))
                i += 1
            out.append(
                f'<div class="attachment-gallery attachment-gallery--{len(figs)}">{"".join(figs)}</div>'
            )
            continue
        elif isinstance(b, Img):
            out.append(f"<div><!--block-->{_figure(b, False)}</div>")
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    flush()
    return '<div class="trix-content">\n  ' + "\n  ".join(out) + "\n</div>"


_COMMENTS = {
    1342: [
        ("Phụ huynh Nguyễn Thu Hà", "2026-12-03 20:14",
         "Chúc mừng các em học sinh Trường THCS Thắng Lợi! Mong năm sau thành phố tổ chức thêm môn cờ tướng."),
        ("Lê Văn Tú", "2026-12-04 07:02", "Ban tổ chức làm việc rất chu đáo, các con rất vui."),
    ],
    1331: [
        ("GV Ngữ văn THCS Cải Đan", "2026-11-27 21:40",
         "Chuyên đề rất thiết thực. Đề nghị Phòng gửi lại bài giảng minh họa cho các trường tham khảo."),
    ],
}


def _comments(story: Story) -> str:
    items = _COMMENTS.get(story.id, [])
    out = []
    for n, (who, when, said) in enumerate(items, 1):
        dt = _parse_local(when)
        out.append(
            f'<div class="comment media mb-2" id="comment_{story.id * 10 + n}">'
            f'<img src="/assets/avatar-default-9f2c.png" class="mr-2" alt="">'
            f'<div class="media-body"><div class="comment__meta"><b>{esc(who)}</b> · '
            f'<time datetime="{_utc_attr(dt)}">{dt:%H:%M %d/%m/%Y}</time></div>'
            f'<div class="trix-content"><div><!--block-->{esc(said)}</div></div></div></div>'
        )
    form = (
        f'<form class="new_comment" action="/articles/{story.id}-{story.slug}/comments" method="post">'
        f'<input type="hidden" name="authenticity_token" value="{_CSRF}">'
        '<input type="text" name="comment[name]" placeholder="Họ tên">'
        '<input id="comment_body" type="hidden" name="comment[body]">'
        '<trix-editor input="comment_body" class="trix-content"></trix-editor>'
        '<button class="btn btn-primary btn-sm">Gửi ý kiến</button></form>'
    )
    head = f"<h3>Ý kiến bạn đọc ({len(items)})</h3>"
    return f'<section class="binh-luan" id="comments">{head}{"".join(out)}{form}</section>'


def _meta_line(story: Story) -> str:
    assert story.published_at
    if "T" in story.published_at:
        dt = _local(story.published_at)
        pub = f'<time datetime="{_utc_attr(dt)}">{dt:%H:%M} | {dt:%d/%m/%Y}</time>'
    else:
        d = datetime.fromisoformat(story.published_at)
        pub = f'<time datetime="{story.published_at}">{d:%d/%m/%Y}</time>'
    up = _parse_local(story.opts["updated"])
    return (
        '<div class="bv-chitiet__meta text-muted small">'
        f'<span class="mr-3"><i class="far fa-calendar-alt"></i> {pub}</span>'
        f'<span class="mr-3">Cập nhật: <time datetime="{_utc_attr(up)}">{up:%H:%M %d/%m/%Y}</time></span>'
        f'<span class="mr-3"><i class="far fa-eye"></i> {story.views()} lượt xem</span>'
        '<span>Đăng bởi: <a href="/users/7" rel="nofollow">pgd_songcong</a></span></div>'
    )


def _related(story: Story) -> str:
    same = [s for s in listing(TAXON_BY_SLUG[story.cat]) if s.id != story.id][:3]
    items = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> '
        f'<span class="text-muted">({_local(s.published_at or "2026-01-01"):%d/%m/%Y})</span></li>'
        for s in same
    )
    return f'<div class="tin-lien-quan mt-4"><h3 class="tlq-title">Tin liên quan</h3><ul>{items}</ul></div>'


def article_page(request: Request, story: Story, taxon: int) -> Response:
    slug, cat_name = TAXONS[taxon]
    canonical = base_url(request) + art_path(story)
    first_img = next((b for b in story.blocks if isinstance(b, Img)), None)
    og_img = ""
    if first_img:
        _k, blob, filename, _s = first_img.style.split("|")
        og_img = f'<meta property="og:image" content="{base_url(request)}{rep(int(blob), filename, "thumb")}">'
    desc_src = story.summary or " ".join(p for p in story.paragraphs)
    desc = collapse(desc_src)[:157] + "..." if len(desc_src) > 160 else collapse(desc_src)
    pub_meta = ""
    if story.published_at and "T" in story.published_at:
        pub_meta = f'<meta property="article:published_time" content="{_utc_attr(_local(story.published_at))}">'
    head = (
        f'<link rel="canonical" href="{canonical}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:url" content="{canonical}">{og_img}{pub_meta}'
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="bv-chitiet__tomtat"><strong>{esc(story.summary)}</strong></div>'
    short = story.title if len(story.title) <= 50 else story.title[:47].rsplit(" ", 1)[0] + "…"
    like = (
        f'<form class="button_to" method="post" action="/articles/{story.id}-{story.slug}/likes">'
        f'<button class="btn btn-outline-primary btn-sm" type="submit"><i class="far fa-thumbs-up"></i> '
        f'Thích ({story.id % 17})</button><input type="hidden" name="authenticity_token" value="{_CSRF}"></form>'
    )
    share = (
        '<div class="chia-se my-3">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank" rel="noopener">'
        '<i class="fab fa-facebook"></i> Chia sẻ</a> '
        '<a href="javascript:window.print()" class="ml-2"><i class="fas fa-print"></i> In bài</a></div>'
    )
    main = (
        f'<article class="bv-chitiet" id="article_{story.id}">'
        f'<h1 class="bv-chitiet__tieude">{esc(story.title)}</h1>'
        f"{_meta_line(story)}{sapo}\n{render_trix(story)}\n{like}{share}</article>"
        f"{_comments(story) if story.opts.get('comments') else ''}{_related(story)}"
    )
    return page(request, story.title, main,
                [(cat_name, f"/categories/{slug}/articles"), (short, None)], head, desc)


# --- listings --------------------------------------------------------------------------------


def _pager(slug: str, current: int, total: int) -> str:
    """Kaminari's default theme with window 1: '« Đầu ‹ Trước 1 2 … Sau › Cuối »'."""
    if total <= 1:
        return ""

    def url(n: int) -> str:
        return f"/categories/{slug}/articles" + (f"?page={n}" if n > 1 else "")

    parts = []
    if current > 1:
        parts.append(f'<span class="first"><a href="{url(1)}">« Đầu</a></span>')
        parts.append(f'<span class="prev"><a rel="prev" href="{url(current - 1)}">‹ Trước</a></span>')
    gap = False
    for n in range(1, total + 1):
        if abs(n - current) <= 1:
            gap = False
            if n == current:
                parts.append(f'<span class="page current">{n}</span>')
            else:
                rel = ' rel="next"' if n == current + 1 else (' rel="prev"' if n == current - 1 else "")
                parts.append(f'<span class="page"><a{rel} href="{url(n)}">{n}</a></span>')
        elif not gap:
            parts.append('<span class="page gap">&hellip;</span>')
            gap = True
    if current < total:
        parts.append(f'<span class="next"><a rel="next" href="{url(current + 1)}">Sau ›</a></span>')
        parts.append(f'<span class="last"><a href="{url(total)}">Cuối »</a></span>')
    return '<nav class="pagination" role="navigation" aria-label="pager">' + " ".join(parts) + "</nav>"


def _excerpt(story: Story) -> str:
    t = collapse(story.summary or story.paragraphs[0])
    return t if len(t) <= 160 else t[:157].rsplit(" ", 1)[0] + "..."


def _item(story: Story, href: str) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = '<img src="/assets/no-image-4c1e.png" alt="" class="mr-3">'
    if img:
        _k, blob, filename, _s = img.style.split("|")
        thumb = f'<img src="{rep(int(blob), filename, "thumb")}" alt="{esc(story.title)}" class="mr-3">'
    dt = _local(story.published_at or "2026-01-01")
    return (
        f'<div class="media bv-item mb-3" id="article_{story.id}">'
        f'<a href="{href}">{thumb}</a><div class="media-body">'
        f'<h5 class="mt-0"><a href="{href}">{esc(story.title)}</a></h5>'
        f'<small class="text-muted"><time datetime="{_utc_attr(dt)}" data-local="time-ago">'
        f"{time_ago(dt)}</time></small><p>{esc(_excerpt(story))}</p>"
        f'<a class="xemtiep" href="{href}">Xem tiếp »</a></div></div>'
    )


PINNED = 1316


def category_page(request: Request, tid: int, pageno: int) -> Response | None:
    slug, name = TAXONS[tid]
    total = _pages(tid)
    if pageno < 1 or pageno > total:
        return None
    items = listing(tid)[(pageno - 1) * PER_PAGE: pageno * PER_PAGE]
    pinned = ""
    if tid == 2 and pageno == 1:
        s = BY_ID[PINNED]
        pinned = (
            '<div class="tin-noi-bat card mb-3"><div class="card-header">Tin nổi bật</div>'
            f'<div class="card-body">{_item(s, art_path(s, tid))}</div></div>'
        )
    head = ""
    if pageno > 1:
        prev = f"/categories/{slug}/articles" + (f"?page={pageno - 1}" if pageno > 2 else "")
        head += f'<link rel="prev" href="{prev}">'
    if pageno < total:
        head += f'<link rel="next" href="/categories/{slug}/articles?page={pageno + 1}">'
    main = (
        f'<h2 class="tieu-de-muc">{esc(name)}</h2>{pinned}'
        + "".join(_item(s, art_path(s, tid)) for s in items)
        + _pager(slug, pageno, total)
    )
    crumbs = [(name, None)] if pageno == 1 else [(name, f"/categories/{slug}/articles"), (f"Trang {pageno}", None)]
    return page(request, name, main, crumbs, head)


def home_page(request: Request) -> Response:
    latest = sorted(STORIES, key=lambda s: _local(s.published_at or "2026-01-01"), reverse=True)[:5]
    s = BY_ID[PINNED]
    main = (
        '<div class="tin-noi-bat card mb-3"><div class="card-header">Tin nổi bật</div>'
        f'<div class="card-body">{_item(s, art_path(s))}</div></div>'
        '<h2 class="tieu-de-muc">Tin mới</h2>'
        + "".join(_item(x, art_path(x)) for x in latest)
        + '<p><a href="/categories/tin-tuc/articles">Xem tất cả »</a></p>'
    )
    return page(request, "Trang chủ", main, [], description=SITE_NAME)


# --- static pages and documents --------------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo thành phố Sông Công là cơ quan chuyên môn thuộc UBND thành phố, "
        "tham mưu, giúp UBND thành phố quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Thành phố hiện có 11 trường Mầm non, 10 trường Tiểu học, 9 trường THCS với hơn 19.000 học sinh.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<table class=\"table table-bordered\"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>Nguyễn Thị Thanh Bình</td><td>Trưởng phòng</td><td>0208 3862 101</td></tr>"
        "<tr><td>Nguyễn Văn Hòa</td><td>Phó Trưởng phòng</td><td>0208 3862 102</td></tr>"
        "<tr><td>Trịnh Minh Đức</td><td>Phó Trưởng phòng</td><td>0208 3862 103</td></tr></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Phòng Giáo dục và Đào tạo thành phố Sông Công</p>"
        "<p>Địa chỉ: Số 1 đường Thắng Lợi, phường Thắng Lợi, thành phố Sông Công, tỉnh Thái Nguyên</p>"
        "<p>Điện thoại: 0208 3862 135 - Email: pgdsongcong@thainguyen.edu.vn</p>"
        '<form action="/contacts" method="post"><input type="hidden" name="authenticity_token" '
        f'value="{_CSRF}"><textarea name="contact[message]"></textarea><button>Gửi</button></form>',
    ),
}

DOCUMENTS = {
    41: ("1125/PGDĐT-THCS", "2026-11-20", "Về việc tổ chức thi chọn học sinh giỏi lớp 9 cấp thành phố",
         901, "1125-PGDDT-THCS.pdf"),
    42: ("1098/KH-PGDĐT", "2026-11-05", "Kế hoạch kiểm tra nội bộ năm học 2026-2027", 902, "1098-KH-PGDDT.pdf"),
    43: ("1042/PGDĐT-MN", "2026-10-16", "Về việc hướng dẫn thực hiện chế độ dinh dưỡng trẻ mầm non",
         903, "1042-PGDDT-MN.pdf"),
}


def static_page(request: Request, slug: str) -> Response | None:
    if slug not in PAGES:
        return None
    title, content = PAGES[slug]
    main = f'<div class="page-content"><h1 class="page-title">{esc(title)}</h1>{content}</div>'
    return page(request, title, main, [(title, None)])


def documents_index(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(no)}</td><td>{datetime.fromisoformat(day):%d/%m/%Y}</td>'
        f'<td><a href="/documents/{did}">{esc(sub)}</a></td></tr>'
        for did, (no, day, sub, _b, _f) in DOCUMENTS.items()
    )
    main = (
        '<h2 class="tieu-de-muc">Văn bản chỉ đạo điều hành</h2><table class="table table-sm">'
        f"<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"
    )
    return page(request, "Văn bản", main, [("Văn bản", None)])


def document_page(request: Request, did: int) -> Response | None:
    if did not in DOCUMENTS:
        return None
    no, day, sub, blob, filename = DOCUMENTS[did]
    main = (
        f'<div class="van-ban"><h1 class="page-title">{esc(sub)}</h1><table class="table table-bordered">'
        f"<tr><th>Số/Ký hiệu</th><td>{esc(no)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{datetime.fromisoformat(day):%d/%m/%Y}</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(sub)}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="{blob_url(blob, filename)}">{esc(filename)}</a></td></tr>'
        "</table></div>"
    )
    return page(request, sub, main, [("Văn bản", "/documents"), (no, None)])


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f'<h2 class="tieu-de-muc">Kết quả tìm kiếm: “{esc(q)}”</h2><p>Không tìm thấy bài viết phù hợp.</p>'
    return page(request, "Tìm kiếm", main, [("Tìm kiếm", None)])


# --- routing ---------------------------------------------------------------------------------


class RailsSite:
    def __init__(self) -> None:
        self.slugs: dict[str, tuple[Story, bool]] = {}
        for s in STORIES:
            self.slugs[f"{s.id}-{s.slug}"] = (s, True)
            if s.opts.get("old_slug"):
                self.slugs[f"{s.id}-{s.opts['old_slug']}"] = (s, False)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path.startswith("/rails/active_storage/"):
            return self._storage(path)
        if path == "/":
            return home_page(request) if not request.query else None
        if path.startswith("/articles/"):
            key = path[len("/articles/"):]
            found = self.slugs.get(key)
            if not found:
                return None
            story, _current = found
            extra = set(params) - {"taxon_id"}
            if extra:
                return None
            taxon = TAXON_BY_SLUG[story.cat]
            if "taxon_id" in params:
                if not params["taxon_id"].isdigit() or int(params["taxon_id"]) not in taxons_of(story):
                    return None
                taxon = int(params["taxon_id"])
            return article_page(request, story, taxon)
        if path.startswith("/categories/") and path.endswith("/articles"):
            slug = path[len("/categories/"): -len("/articles")]
            if slug not in TAXON_BY_SLUG:
                return None
            raw = params.get("page", "1")
            if not raw.isdigit() or set(params) - {"page"}:
                return None
            return category_page(request, TAXON_BY_SLUG[slug], int(raw))
        if path.startswith("/pages/"):
            return static_page(request, path[len("/pages/"):])
        if path == "/documents":
            return documents_index(request)
        if path.startswith("/documents/"):
            rest = path[len("/documents/"):]
            return document_page(request, int(rest)) if rest.isdigit() else None
        if path == "/search":
            return search_page(request)
        if path.startswith(("/assets/", "/packs/")):
            return static_file(path)
        return None

    def _storage(self, path: str) -> Response | None:
        parts = path.split("/")
        filename = parts[-1]
        if path.startswith("/rails/active_storage/disk/"):
            if filename.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(filename)
        if path.startswith(("/rails/active_storage/representations/redirect/",
                            "/rails/active_storage/blobs/redirect/")):
            blob_part = parts[5] if len(parts) > 6 else ""
            key = hashlib.sha1(blob_part.encode()).hexdigest()[:28]
            return redirect(f"/rails/active_storage/disk/{key}/{filename}")
        return None


def build_site() -> RailsSite:
    return RailsSite()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    primary = TAXON_BY_SLUG[story.cat]
    alts = [art_path(story, t) for t in taxons_of(story)]
    if story.opts.get("old_slug"):
        alts.append(art_path(story, slug=story.opts["old_slug"]))
    path = art_path(story)
    return gold_record(story, path, TAXONS[primary][1], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/pages/gioi-thieu",
    "/pages/co-cau-to-chuc",
    "/pages/lien-he",
    "/documents/41",
    "/documents/42",
    "/documents/43",
]
