"""Trường Chính trị tỉnh Tuyên Quang: a home-made Ruby Sinatra + Haml site (2018, Bootstrap 3).

Platform
    Written in 2018 by a lecturer who teaches IT at the school: Sinatra 2.0 routes, Haml layouts
    (pretty-printed, so inline tags sit on their own lines), Sequel models, article text typed in
    Markdown and rendered by kramdown (``:markdown`` filter: footnotes, ``{: .text-right}``
    attribute lists, tables), Bootstrap 3 (navbar with drop-downs, ``.well``, tabs, carousel,
    ``.media`` lists), a ``will_paginate`` pager and the jQuery ``timeago`` plugin.

URL scheme
    ``/``                                   home: slider "Tin nổi bật", "Tin mới", category boxes
    ``/bai-viet/<id>?slug=<slug>``          article (Sinatra routes on the id; the slug is ignored)
    ``/bai-viet/<id>``                      the same article (thumbnails, "Đọc nhiều" link it so)
    ``/chuyen-muc/<slug>[?page=N]``         category listing, 3 posts a page, will_paginate pager
    ``/tim-kiem?q=…``                       search (header form; article tags link to it)
    ``/trang/<slug>``                       static pages (giới thiệu, cơ cấu tổ chức, liên hệ)
    ``/tai-lieu/<id>``                      a study document's entry with its PDF download

Page templates
    layout.haml: top bar with today's date ("Thứ Bảy, 05/12/2026"), ``<h1>`` banner with the
    school's name, navbar (Tin tức ▾ drop-down with two sub-categories), search form; sidebar
    with "Đọc nhiều", "Tài liệu học tập", a poll and the visitor counter; footer.
    bai_viet.haml: breadcrumb, ``<h2 class="tde-bv">`` headline, meta line, the sapo twice
    (``.well.hidden-xs`` and ``p.lead.visible-xs``), Bootstrap tabs "Nội dung" / "Tệp đính
    kèm", the kramdown text inside ``#tab-nd``, tags, share bar, author box (``.media.tg``),
    "Tin liên quan", readers' comments.

How each gold article is reached
    Category listings link every article twice (title: slug form, thumbnail: bare id form); the
    home page links the newest ones; 236 and 233 are the oldest-but-one posts of two categories
    and are linked only from page 2 of their listing (the pinned 231 sits on top of every page
    of its category). The slider links 240 under its old slug.

Traps
    1. The ``<h1>`` on every page is the school's banner ("TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG");
       the headline is the ``<h2 class="tde-bv">``. Gold title = the h2.
    2. ``<title>`` and ``og:title`` are ``truncate(title, 60)`` ("…khóa 47 hệ k..."): the
       full headline is only in the h2. Gold title = full h2 text.
    3. The date is a jQuery-timeago ``<abbr title="…Z">`` in UTC, its fallback text an English
       Ruby ``strftime`` ("Fri, 20 Nov 2026 06:45") of the local time; for 247 the UTC day is
       the day before (19th 23:45Z). Gold = local time with +07:00 ("2026-11-20T06:45:00+07:00").
    4. The meta line prints "Sửa lần cuối: 02/12/2026 10:00" (updated_at) BEFORE the "Đăng"
       date. Gold = the "Đăng" date, never the edit date.
    5. 240 was posted at local midnight: the abbr says "2026-11-05T17:00:00Z" and the text
       "Fri, 06 Nov 2026 00:00". Gold = the day alone, "2026-11-06" (not the 5th).
    6. The sapo is printed twice for Bootstrap's breakpoints (``.well.hidden-xs`` and
       ``p.lead.visible-xs``). Gold: summary = the sapo, once, as the body's first paragraph.
    7. kramdown image + caption: ``<p><img alt="IMG_2031"><br><em>caption</em></p>`` — the
       caption is an italic line after a ``<br>`` in the image's own paragraph, the alt a camera
       file name. Gold caption = the italic line; it is not body; a line "Ảnh: Nguyễn Hải"
       is a photographer credit (caption None, photographer Nguyễn Hải).
    8. Album posts (240) open with a Bootstrap carousel: every ``.item`` is a photo (hidden ones
       too) with ``.carousel-caption``; the controls print "Previous"/"Next" (``.sr-only``).
       Gold: the three photos in order with their captions; no control text.
    9. Kramdown keeps the Markdown source's soft line breaks inside a ``<p>`` (newline in the
       text node, no ``<br>``), and Haml's pretty printing puts ``<strong>``/``<a>`` on their own
       indented lines. Gold: one paragraph, whitespace collapsed.
   10. Kramdown footnotes (242): a bare ``<sup><a class="footnote">1</a></sup>`` call and a
       ``div.footnotes`` list whose entries end with a "↩" back-link. Gold: the call is dropped
       (no "XIII1"), the notes are the last body paragraphs, without the "↩".
   11. Research posts end with an author box ``.media.tg`` ("ThS. Nguyễn Thị Minh Hằng",
       post, a bio paragraph). Gold: author = the name without degree; the bio is not body.
   12. Readers' comments (``.media`` blocks with ``<p>``) under 251 look like paragraphs. Not body.
   13. The text sits in Bootstrap tab ``#tab-nd``; the sibling tab ``#tab-dk`` lists attached
       files. The attachment list is not body.
   14. Right-aligned kramdown byline ``{: .text-right}``: "**ThS. Trần Thị Ngọc Ánh** - Khoa Lý
       luận cơ sở" -> ["Trần Thị Ngọc Ánh"]; "*Tin: Lý Văn Tài - Ảnh: Hoàng Minh Đức*" -> split;
       "*Bài và ảnh: Phạm Thu Hà*" -> both; a unit alone ("Phòng Quản lý đào tạo") is the
       author; the meta line's account "quantri" is nobody. "*Nguồn: Báo Tuyên Quang điện tử*"
       -> source.
   15. Every post is linked twice (slug form from titles, bare ``/bai-viet/<id>`` from the
       thumbnails and "Đọc nhiều"), 240 also under a stale slug from the slider; all three serve
       the same page with ``rel=canonical`` to the slug form. Gold path = the slug form; the
       others are alt_paths.
   16. will_paginate: page 1 is linked as ``?page=1`` from page 2; a pinned post ("Ghim")
       repeats on top of each page of its category.
   17. A ``<br />`` (two trailing spaces in Markdown) inside the slogan paragraph of 249 splits
       it into two paragraphs (README rule, kept).

Gold decisions on ambiguous points
    - The kramdown footnote back-link "↩" is navigation, not text: dropped from the notes.
    - The mobile copy of the sapo (``visible-xs``) is the same element's twin: counted once.
    - Carousel photos belong to the article (they are its photos, printed inside the text tab).
    - The listing thumbnails (``thumb_<id>.jpg``) are not article images.
    - category = the breadcrumb's last item (sub-category), not the "Tin tức" menu parent.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "sinatra_haml_tct"
PLATFORM = "Ruby Sinatra 2.0 + Haml + kramdown (home-made, 2018), Bootstrap 3, will_paginate"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
ICT = timezone(timedelta(hours=7))
ACTIVE = ' class="active"'

#: slug -> (name as the breadcrumb prints it, parent menu name or None)
CATS = {
    "hoat-dong-dao-tao": ("Hoạt động đào tạo", "Tin tức"),
    "tin-hoat-dong": ("Tin hoạt động", "Tin tức"),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", None),
    "doan-the": ("Công đoàn - Đoàn thanh niên", None),
}


def _right(inner: str) -> Raw:
    """A kramdown paragraph with ``{: .text-right}``."""
    return Raw(f'<p class="text-right">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=231,
        slug="khai-giang-lop-trung-cap-llct-hc-khoa-47",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 47 hệ không tập trung",
        cat="hoat-dong-dao-tao",
        published_at="2026-10-12T08:00:00+07:00",
        summary=(
            "Sáng 12/10, Trường Chính trị tỉnh Tuyên Quang tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị - hành chính khóa 47 hệ không tập trung cho 86 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Hiệu trưởng Nhà trường, lãnh đạo các khoa, phòng và "
                "đại diện Ban Tổ chức Huyện ủy Yên Sơn, đơn vị phối hợp mở lớp.",
                "soft",
            ),
            Img(
                "/uploads/bai-viet/2026/10/khai-giang-k47.jpg",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "md",
            ),
            P(
                "Học viên là cán bộ chủ chốt cấp xã, trưởng thôn, bí thư chi bộ và cán bộ các phòng, "
                "ban chuyên môn của huyện. Lớp học diễn ra trong 8 tháng, theo hình thức học tập trung "
                "mỗi tháng 10 ngày.",
                "soft",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên chấp hành nghiêm quy chế "
                "học tập, gắn lý luận với thực tiễn công tác tại địa phương, đơn vị."
            ),
            _right("<em>Bài và ảnh: Phạm Thu Hà</em>"),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Phạm Thu Hà"],
        opts={"utc": "2026-10-12T01:00:00Z", "upd": "14/10/2026 09:12", "pinned": True,
              "attach": ("Ke-hoach-mo-lop-K47.pdf", "Kế hoạch mở lớp TCLLCT-HC khóa 47")},
    ),
    Story(
        id=236,
        slug="boi-duong-kien-thuc-qp-an-doi-tuong-4-nam-2026",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="hoat-dong-dao-tao",
        published_at="2026-10-27T14:00:00+07:00",
        summary=(
            "Từ ngày 26 đến 30/10, Nhà trường phối hợp với Bộ Chỉ huy Quân sự tỉnh mở lớp bồi dưỡng "
            "kiến thức quốc phòng và an ninh cho 120 học viên đối tượng 4."
        ),
        sapo_outside=True,
        blocks=[
            P("Học viên được nghiên cứu các chuyên đề:"),
            P("Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, an ninh nhân dân;", "li"),
            P("Xây dựng khu vực phòng thủ tỉnh, huyện vững chắc;", "li"),
            P("Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ.", "li"),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận theo quy định."
            ),
            _right("<strong>Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"utc": "2026-10-27T07:00:00Z", "upd": "27/10/2026 16:40"},
    ),
    Story(
        id=240,
        slug="lop-cao-cap-llct-2025-2027-nghien-cuu-thuc-te-lam-binh",
        title="Lớp Cao cấp lý luận chính trị khóa 2025 - 2027 đi nghiên cứu thực tế tại huyện Lâm Bình",
        cat="hoat-dong-dao-tao",
        published_at="2026-11-06",
        summary=(
            "Trong hai ngày 4 và 5/11, 64 học viên lớp Cao cấp lý luận chính trị khóa 2025 - 2027 "
            "đi nghiên cứu thực tế tại huyện Lâm Bình."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/bai-viet/2026/11/lam-binh-1.jpg", "Đoàn làm việc tại Huyện ủy Lâm Bình",
                "Đoàn làm việc tại Huyện ủy Lâm Bình", "carousel"),
            Img("/uploads/bai-viet/2026/11/lam-binh-2.jpg", "Học viên tham quan mô hình du lịch cộng đồng thôn Nà Tông",
                "Học viên tham quan mô hình du lịch cộng đồng thôn Nà Tông", "carousel"),
            Img("/uploads/bai-viet/2026/11/lam-binh-3.jpg", "Chụp ảnh lưu niệm tại Khu di tích Pắc Khoang",
                "Chụp ảnh lưu niệm tại Khu di tích Pắc Khoang", "carousel"),
            P(
                "Đoàn đã nghe lãnh đạo huyện thông tin về tình hình kinh tế - xã hội, kết quả xây dựng "
                "nông thôn mới và phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Tày, "
                "Dao, Mông.",
                "soft",
            ),
            P(
                "Qua chuyến đi, học viên có thêm tư liệu thực tiễn để hoàn thành tiểu luận, khóa luận "
                "tốt nghiệp theo chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            _right("<em>Tin: Lý Văn Tài - Ảnh: Hoàng Minh Đức</em>"),
        ],
        authors=["Lý Văn Tài"],
        photographers=["Hoàng Minh Đức"],
        opts={"utc": "2026-11-05T17:00:00Z", "upd": "06/11/2026 08:31",
              "old_slug": "lop-cao-cap-ly-luan-chinh-tri-di-thuc-te-lam-binh"},
    ),
    Story(
        id=247,
        slug="thi-ket-thuc-hoc-phan-lich-su-dang-tcllct-hc-k48",
        title="Thi kết thúc học phần môn Lịch sử Đảng Cộng sản Việt Nam lớp TCLLCT-HC khóa 48",
        cat="hoat-dong-dao-tao",
        published_at="2026-11-20T06:45:00+07:00",
        summary=(
            "Ngày 19/11, lớp Trung cấp lý luận chính trị - hành chính khóa 48 thi kết thúc học phần "
            "Lịch sử Đảng Cộng sản Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức theo hình thức tự luận, thời gian làm bài 120 phút, bảo đảm "
                "nghiêm túc, đúng quy chế. Đề thi do Khoa Lý luận cơ sở xây dựng, được Hội đồng thi "
                "duyệt theo quy định.",
                "soft",
            ),
            P(
                "Nhà trường đã bố trí hai phòng thi, mỗi phòng hai cán bộ coi thi; kết quả sẽ được "
                "công bố trước ngày 05/12/2026."
            ),
            _right("<strong>ThS. Trần Thị Ngọc Ánh</strong> - Khoa Lý luận cơ sở"),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        opts={"utc": "2026-11-19T23:45:00Z", "upd": "21/11/2026 10:05"},
    ),
    Story(
        id=252,
        slug="be-giang-lop-boi-duong-chuyen-de-nghi-quyet-dai-hoi",
        title="Bế giảng lớp bồi dưỡng chuyên đề Nghị quyết Đại hội Đảng bộ tỉnh cho cán bộ cơ sở",
        cat="hoat-dong-dao-tao",
        published_at="2026-12-02T15:20:00+07:00",
        summary=(
            "Chiều 2/12, Nhà trường bế giảng lớp bồi dưỡng chuyên đề Nghị quyết Đại hội Đảng bộ tỉnh "
            "lần thứ XVIII cho 95 cán bộ cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong 5 ngày, học viên được truyền đạt các nội dung cơ bản của Nghị quyết, những "
                "điểm mới và các chương trình trọng tâm của nhiệm kỳ 2025 - 2030.",
                "soft",
            ),
            Img("/uploads/bai-viet/2026/12/be-giang-bd.jpg", "Ảnh: Nguyễn Hải", None, "md"),
            P(
                "Có 12 học viên đạt loại giỏi, 78 học viên đạt loại khá; 5 học viên đạt loại trung bình."
            ),
            _right("<strong>Thu Hiền</strong>"),
        ],
        authors=["Thu Hiền"],
        photographers=["Nguyễn Hải"],
        opts={"utc": "2026-12-02T08:20:00Z", "upd": "03/12/2026 07:58", "tags": ["Đào tạo"]},
    ),
    Story(
        id=238,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-2026",
        title="Hội nghị cán bộ, viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-30T09:10:00+07:00",
        summary=(
            "Ngày 29/10, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội nghị cán bộ, viên chức, "
            "người lao động năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026 và thông qua "
                "quy chế chi tiêu nội bộ, quy chế dân chủ cơ sở sửa đổi.",
                "soft",
            ),
            P("Một số chỉ tiêu chính năm học 2026 - 2027:", "h3"),
            P("Chỉ tiêu | Kế hoạch | Ghi chú", "th"),
            P("Số lớp mở mới | 14 | Tăng 2 lớp", "tr"),
            P("Số học viên | 1.150 | Cả hệ tập trung và không tập trung", "tr"),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."
            ),
            _right("<em>Nguồn: Báo Tuyên Quang điện tử</em>"),
        ],
        source="Báo Tuyên Quang điện tử",
        opts={"utc": "2026-10-30T02:10:00Z", "upd": "30/10/2026 15:22"},
    ),
    Story(
        id=249,
        slug="quan-triet-chuyen-de-hoc-tap-lam-theo-bac-nam-2026",
        title="Hội nghị quán triệt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-24T10:30:00+07:00",
        summary=(
            "Sáng 24/11, Đảng bộ Trường Chính trị tỉnh tổ chức hội nghị quán triệt chuyên đề năm 2026 "
            "cho toàn thể đảng viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo viên đã truyền đạt những nội dung cốt lõi của chuyên đề, gắn với việc thực "
                "hiện Nghị quyết 21-NQ/TW về củng cố, nâng cao chất lượng tổ chức cơ sở đảng.",
                "soft",
            ),
            P("Khẩu hiệu hành động của Đảng bộ năm 2026:", "brnext"),
            P("“Kỷ cương - Trách nhiệm - Đổi mới - Hiệu quả”."),
            P(
                "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể và được chi bộ kiểm điểm vào cuối năm."
            ),
            _right("<strong>Văn phòng Đảng ủy</strong>"),
        ],
        authors=["Văn phòng Đảng ủy"],
        opts={"utc": "2026-11-24T03:30:00Z", "upd": "25/11/2026 08:00",
              "links": {"Nghị quyết 21-NQ/TW": "https://tulieuvankien.dangcongsan.vn/"}},
    ),
    Story(
        id=233,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-giang-day-llct",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-19T20:30:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, "
            "bồi dưỡng lý luận chính trị ở các trường chính trị tỉnh hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Thực trạng", "h3"),
            P(
                "Phần lớn giảng viên đã chủ động kết hợp thuyết trình với nêu vấn đề, thảo luận nhóm; "
                "tuy nhiên việc sử dụng tình huống thực tiễn của địa phương còn ít.",
                "soft",
            ),
            P("2. Một số giải pháp", "h3"),
            P("Xây dựng ngân hàng tình huống gắn với thực tiễn tỉnh Tuyên Quang;", "li"),
            P("Tăng thời lượng thảo luận, giảm thời lượng thuyết trình một chiều;", "li"),
            P("Đổi mới kiểm tra, đánh giá theo hướng vận dụng.", "li"),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng dạy và học lý "
                "luận chính trị tại Nhà trường."
            ),
        ],
        authors=["Nguyễn Thị Minh Hằng"],
        opts={"utc": "2026-10-19T13:30:00Z", "upd": "22/10/2026 21:03",
              "author_box": ("ThS. Nguyễn Thị Minh Hằng", "Giảng viên Khoa Lý luận cơ sở",
                             "Tốt nghiệp thạc sĩ Triết học tại Học viện Chính trị quốc gia Hồ Chí Minh năm 2015; "
                             "giảng dạy các học phần Triết học Mác - Lênin từ năm 2009."),
              "tags": ["Nghiên cứu khoa học"]},
    ),
    Story(
        id=242,
        slug="nang-cao-chat-luong-boi-duong-can-bo-co-so-vung-dtts",
        title="Nâng cao chất lượng công tác bồi dưỡng cán bộ cơ sở vùng đồng bào dân tộc thiểu số tỉnh Tuyên Quang",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-10T16:45:00+07:00",
        summary=(
            "Cán bộ cơ sở vùng đồng bào dân tộc thiểu số giữ vai trò cầu nối giữa Đảng, chính quyền "
            "với nhân dân; bồi dưỡng đội ngũ này là nhiệm vụ thường xuyên của Nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nghị quyết Đại hội XIII của Đảng xác định phải xây dựng đội ngũ cán bộ các cấp, nhất "
                "là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.",
                "ref:ngang tầm nhiệm vụ:1",
            ),
            P(
                "Giai đoạn 2021 - 2025, Nhà trường đã mở 42 lớp bồi dưỡng cho trên 3.800 lượt cán bộ cơ "
                "sở, trong đó 61% là người dân tộc thiểu số.",
                "ref:người dân tộc thiểu số:2",
            ),
            P(
                "Thời gian tới, cần biên soạn tài liệu song ngữ, tăng cường giảng viên người dân tộc "
                "thiểu số và tổ chức lớp học ngay tại cụm xã.",
                "soft",
            ),
            P(
                "Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị "
                "quốc gia Sự thật, Hà Nội, 2021, t.I, tr.180.",
                "fnnote",
            ),
            P("Trường Chính trị tỉnh Tuyên Quang: Báo cáo tổng kết công tác đào tạo, bồi dưỡng giai "
              "đoạn 2021 - 2025.", "fnnote"),
        ],
        authors=["Đặng Quốc Bảo"],
        opts={"utc": "2026-11-10T09:45:00Z", "upd": "12/11/2026 14:20",
              "author_box": ("TS. Đặng Quốc Bảo", "Phó Trưởng khoa Xây dựng Đảng",
                             "Nghiên cứu chính về công tác cán bộ và xây dựng tổ chức cơ sở đảng vùng dân tộc thiểu số."),
              "attach": ("Bai-viet-DQBao-ban-day-du.pdf", "Bản đầy đủ của bài viết")},
    ),
    Story(
        id=250,
        slug="giai-phap-phat-huy-vai-tro-giang-vien-dau-tranh-phan-bac",
        title=(
            "Một số giải pháp phát huy vai trò của giảng viên trong đấu tranh phản bác các quan điểm "
            "sai trái, thù địch trên không gian mạng"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-27T07:55:00+07:00",
        summary=(
            "Giảng viên trường chính trị là lực lượng nòng cốt trong bảo vệ nền tảng tư tưởng của "
            "Đảng ở địa phương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh đã căn dặn:",
            ),
            P(
                "“Muốn cho lý luận được hoàn toàn thì phải thực hành; lý luận mà không thực hành là lý "
                "luận suông”.",
                "quote",
            ),
            P(
                "Vì vậy, mỗi giảng viên cần chủ động nắm bắt thông tin, tham gia viết bài trên các "
                "diễn đàn và hướng dẫn học viên nhận diện thông tin xấu độc.",
                "soft",
            ),
            P(
                "Nhà trường cần có cơ chế khuyến khích, ghi nhận đóng góp của giảng viên trong hoạt "
                "động này."
            ),
            _right("<strong>CN. Ma Thị Thanh Tâm</strong>"),
        ],
        authors=["Ma Thị Thanh Tâm"],
        opts={"utc": "2026-11-27T00:55:00Z", "upd": "27/11/2026 08:02"},
    ),
    Story(
        id=254,
        slug="trao-doi-kinh-nghiem-bien-soan-bai-giang-dien-tu",
        title="Trao đổi kinh nghiệm biên soạn bài giảng điện tử theo chương trình mới",
        cat="nghien-cuu-trao-doi",
        published_at="2026-12-04T21:10:00+07:00",
        summary=(
            "Chương trình đào tạo trung cấp lý luận chính trị mới yêu cầu mỗi giảng viên có bài "
            "giảng điện tử cho các chuyên đề mình đảm nhận."
        ),
        sapo_outside=True,
        blocks=[
            P("Qua khảo sát tại 4 khoa, số bài giảng điện tử đã hoàn thành như sau:"),
            P("Khoa | Số chuyên đề | Đã hoàn thành", "th"),
            P("Lý luận cơ sở | 18 | 15", "tr"),
            P("Xây dựng Đảng | 14 | 14", "tr"),
            P("Nhà nước và Pháp luật | 12 | 9", "tr"),
            P(
                "Kinh nghiệm cho thấy nên xây dựng kịch bản trước, sau đó mới chọn phần mềm; mỗi "
                "slide chỉ nên có một ý chính.",
                "soft",
            ),
        ],
        authors=["Hoàng Văn Sơn"],
        opts={"utc": "2026-12-04T14:10:00Z", "upd": "05/12/2026 07:15",
              "author_box": ("ThS. Hoàng Văn Sơn", "Trưởng phòng Quản lý khoa học và Thông tin tư liệu",
                             "Phụ trách hệ thống bài giảng điện tử và thư viện số của Nhà trường."),
              "tags": ["Nghiên cứu khoa học"]},
    ),
    Story(
        id=235,
        slug="cong-doan-giai-bong-chuyen-hoi-chao-mung-20-10",
        title="Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng ngày Phụ nữ Việt Nam 20/10",
        cat="doan-the",
        published_at="2026-10-21T17:30:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn Trường "
            "tổ chức giải bóng chuyền hơi nữ."
        ),
        sapo_outside=True,
        blocks=[
            P("Giải có 4 đội đến từ các khoa, phòng tham gia, thi đấu vòng tròn tính điểm.", "soft"),
            Img("/uploads/bai-viet/2026/10/bong-chuyen-1.jpg", "Trận chung kết giữa đội Khoa Xây dựng Đảng và đội Văn phòng",
                "Trận chung kết giữa đội Khoa Xây dựng Đảng và đội Văn phòng", "md"),
            P("Kết quả, đội Khoa Xây dựng Đảng giành giải Nhất, đội Văn phòng giải Nhì."),
            Img("/uploads/bai-viet/2026/10/bong-chuyen-2.jpg", "Ban Tổ chức trao giải cho các đội",
                "Ban Tổ chức trao giải cho các đội", "md"),
            _right("<em>Bài và ảnh: Quan Thị Lụa</em>"),
        ],
        authors=["Quan Thị Lụa"],
        photographers=["Quan Thị Lụa"],
        opts={"utc": "2026-10-21T10:30:00Z", "upd": "22/10/2026 07:45"},
    ),
    Story(
        id=251,
        slug="chi-doan-ra-quan-thang-thanh-nien-tinh-nguyen",
        title="Chi đoàn Trường Chính trị tỉnh ra quân hưởng ứng “Tháng thanh niên tình nguyện” tại xã Thái Bình",
        cat="doan-the",
        published_at="2026-11-29T08:00:00+07:00",
        summary=(
            "Sáng 28/11, Chi đoàn Trường Chính trị tỉnh phối hợp với Đoàn xã Thái Bình ra quân vệ sinh "
            "môi trường, tặng quà học sinh khó khăn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn viên đã dọn dẹp, phát quang 2 km đường liên thôn, trồng 300 cây xanh tại khuôn "
                "viên Trường Tiểu học Thái Bình.",
                "soft",
            ),
            P("Dịp này, Chi đoàn trao 30 suất quà, mỗi suất trị giá 300.000 đồng, cho học sinh có hoàn "
              "cảnh khó khăn."),
            _right("<strong>Chi đoàn Trường</strong>"),
        ],
        authors=["Chi đoàn Trường"],
        opts={"utc": "2026-11-29T01:00:00Z", "upd": "29/11/2026 09:30", "tags": ["Đoàn thanh niên"],
              "comments": [
                  ("Nguyễn Văn Dũng", "29/11/2026 10:12", "Hoạt động rất ý nghĩa, chúc Chi đoàn ngày càng vững mạnh!"),
                  ("Hà Thị Mai", "30/11/2026 20:41", "Các bạn trẻ thật nhiệt tình. Mong có thêm nhiều chương trình như thế này."),
              ]},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: study documents (/tai-lieu/<id>): id -> (title, file, date, pages)
DOCS = {
    11: ("Đề cương ôn tập học phần Những vấn đề cơ bản về Đảng Cộng sản", "De-cuong-on-tap-HP-Dang.pdf", "15/10/2026", 24),
    12: ("Hướng dẫn viết tiểu luận cuối khóa hệ Trung cấp lý luận chính trị - hành chính", "Huong-dan-tieu-luan-TC.pdf", "02/11/2026", 12),
    15: ("Lịch học tháng 12/2026 các lớp hệ tập trung", "Lich-hoc-thang-12-2026.pdf", "28/11/2026", 3),
}

#: static pages (/trang/<slug>): slug -> (title, paragraphs)
PAGES = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Trường Chính trị tỉnh Tuyên Quang là cơ sở đào tạo, bồi dưỡng cán bộ, công chức, viên chức "
        "của tỉnh, trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh.",
        "Nhà trường có 7 khoa, phòng với 54 cán bộ, giảng viên, viên chức.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 2 Phó Hiệu trưởng.",
        "Các khoa: Lý luận cơ sở; Xây dựng Đảng; Nhà nước và Pháp luật; Dân vận.",
        "Các phòng: Tổ chức - Hành chính; Quản lý đào tạo; Quản lý khoa học và Thông tin tư liệu.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang.",
        "Điện thoại: 0207 3822 546 - Email: truongchinhtri@tuyenquang.gov.vn",
    ]),
}

TAGS = ["Đào tạo", "Nghiên cứu khoa học", "Đoàn thanh niên"]


# --- helpers ---------------------------------------------------------------------------------


def _local(story: Story) -> datetime:
    utc = datetime.strptime(story.opts["utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return utc.astimezone(ICT)


def _href(story: Story) -> str:
    return f"/bai-viet/{story.id}?slug={story.slug}"


def _bare(story: Story) -> str:
    return f"/bai-viet/{story.id}"


def _truncate(value: str, length: int = 60) -> str:
    """Rails' ``truncate``: 57 characters and '...'."""
    return value if len(value) <= length else value[: length - 3] + "..."


def _newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.opts["utc"], reverse=True)


def _wrap(markup: str) -> str:
    """Wrap at ~72 columns with newlines, as the Markdown source was typed (kramdown keeps them)."""
    words, lines, cur = markup.split(" "), [], ""
    for w in words:
        if cur and len(cur) + len(w) > 72:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


def _inline(story: Story, p: P) -> str:
    body = esc(p.text)
    links = {}
    for n, (phrase, href) in enumerate(story.opts.get("links", {}).items()):
        if esc(phrase) in body:
            token = f"\x00{n}\x00"
            body = body.replace(esc(phrase), token, 1)
            # Haml's pretty printer puts the inline tag on its own lines
            links[token] = f'\n      <a href="{href}" target="_blank">\n        {esc(phrase)}\n      </a>\n      '
    if p.style.startswith("ref:"):
        _, after, num = p.style.split(":")
        sup = (f'<sup id="fnref:{num}" role="doc-noteref"><a href="#fn:{num}" class="footnote" '
               f'rel="footnote">{num}</a></sup>')
        body = body.replace(esc(after), esc(after) + sup, 1)
    if p.style == "soft":
        body = _wrap(body)
    for token, markup in links.items():
        body = body.replace(token, markup)
    return body


def _img_md(img: Img) -> str:
    alt = "IMG_" + str(2000 + sum(map(ord, img.src)) % 900)
    line = f"<br />\n<em>{esc(img.printed)}</em>" if img.printed else ""
    return f'<p><img src="{img.src}" alt="{alt}" />{line}</p>'


def _carousel(story: Story, imgs: list[Img]) -> str:
    cid = f"carousel-{story.id}"
    ind = "".join(
        f'<li data-target="#{cid}" data-slide-to="{i}"{ACTIVE if i == 0 else ""}></li>'
        for i in range(len(imgs))
    )
    items = "\n".join(
        f'      <div class="item{" active" if i == 0 else ""}">\n'
        f'        <img src="{img.src}" alt="anh-{i + 1}" />\n'
        f'        <div class="carousel-caption">\n          <p>{esc(img.printed or "")}</p>\n        </div>\n      </div>'
        for i, img in enumerate(imgs)
    )
    return f"""<div id="{cid}" class="carousel slide" data-ride="carousel">
    <ol class="carousel-indicators">{ind}</ol>
    <div class="carousel-inner" role="listbox">
{items}
    </div>
    <a class="left carousel-control" href="#{cid}" role="button" data-slide="prev">
      <span class="glyphicon glyphicon-chevron-left" aria-hidden="true"></span>
      <span class="sr-only">Previous</span>
    </a>
    <a class="right carousel-control" href="#{cid}" role="button" data-slide="next">
      <span class="glyphicon glyphicon-chevron-right" aria-hidden="true"></span>
      <span class="sr-only">Next</span>
    </a>
  </div>"""


def render_text(story: Story) -> str:
    """The kramdown output of the post's Markdown."""
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "carousel":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "carousel":
                    group.append(blocks[i])
                    i += 1
                out.append(_carousel(story, group))
                continue
            out.append(_img_md(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"  <li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead>\n    <tr>\n" + "".join(f"      <th>{esc(c)}</th>\n" for c in cells) + "    </tr>\n  </thead>"
                else:
                    rows.append("    <tr>\n" + "".join(f"      <td>{esc(c)}</td>\n" for c in cells) + "    </tr>")
                i += 1
            out.append(f'<table class="table table-bordered">\n  {head}\n  <tbody>\n' + "\n".join(rows) + "\n  </tbody>\n</table>")
            continue
        elif b.style == "fnnote":
            notes = []
            n = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "fnnote":
                n += 1
                notes.append(
                    f'    <li id="fn:{n}" role="doc-endnote">\n      <p>{esc(blocks[i].text)}&nbsp;'
                    f'<a href="#fnref:{n}" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>'
                )
                i += 1
            out.append('<div class="footnotes" role="doc-endnotes">\n  <ol>\n' + "\n".join(notes) + "\n  </ol>\n</div>")
            continue
        elif b.style == "h3":
            out.append(f'<h3 id="h-{i}">{esc(b.text)}</h3>')
        elif b.style == "quote":
            out.append(f"<blockquote>\n  <p>{esc(b.text)}</p>\n</blockquote>")
        elif b.style == "brnext":
            nxt = blocks[i + 1]
            out.append(f"<p>{_inline(story, b)}<br />\n{_inline(story, nxt)}</p>")
            i += 2
            continue
        else:
            out.append(f"<p>{_inline(story, b)}</p>")
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------


def _nav() -> str:
    sub = "".join(
        f'<li><a href="/chuyen-muc/{slug}">{esc(name)}</a></li>'
        for slug, (name, parent) in CATS.items() if parent
    )
    top = "".join(
        f'<li><a href="/chuyen-muc/{slug}">{esc(name)}</a></li>'
        for slug, (name, parent) in CATS.items() if not parent
    )
    return f"""<nav class="navbar navbar-inverse navbar-static-top" id="menu-chinh">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mnu">
        <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span>
      </button>
    </div>
    <div class="collapse navbar-collapse" id="mnu">
      <ul class="nav navbar-nav">
        <li><a href="/"><span class="glyphicon glyphicon-home"></span></a></li>
        <li class="dropdown">
          <a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button">Giới thiệu <span class="caret"></span></a>
          <ul class="dropdown-menu">
            <li><a href="/trang/gioi-thieu">Giới thiệu chung</a></li>
            <li><a href="/trang/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
          </ul>
        </li>
        <li class="dropdown">
          <a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button">Tin tức <span class="caret"></span></a>
          <ul class="dropdown-menu">{sub}</ul>
        </li>
        {top}
        <li><a href="/trang/lien-he">Liên hệ</a></li>
      </ul>
      <form class="navbar-form navbar-right" action="/tim-kiem" method="get" role="search">
        <div class="form-group"><input type="text" name="q" class="form-control" placeholder="Tìm kiếm..." /></div>
        <button type="submit" class="btn btn-default"><span class="glyphicon glyphicon-search"></span></button>
      </form>
    </div>
  </div>
</nav>"""


def _sidebar() -> str:
    most_read = sorted((s for s in STORIES if s.id in (231, 242, 249, 235)), key=lambda s: -s.views())
    mr = "\n".join(
        f'          <li class="list-group-item"><span class="badge">{s.views()}</span>'
        f'<a href="{_bare(s)}">{esc(s.title)}</a></li>'
        for s in most_read
    )
    docs = "\n".join(
        f'          <li><span class="glyphicon glyphicon-file"></span> <a href="/tai-lieu/{i}">{esc(t)}</a></li>'
        for i, (t, *_rest) in DOCS.items()
    )
    return f"""<div class="col-md-4" id="cot-phai">
      <div class="panel panel-primary">
        <div class="panel-heading"><h3 class="panel-title">Đọc nhiều</h3></div>
        <ul class="list-group">
{mr}
        </ul>
      </div>
      <div class="panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Tài liệu học tập</h3></div>
        <div class="panel-body"><ul class="list-unstyled">
{docs}
        </ul></div>
      </div>
      <div class="panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
        <div class="panel-body">
          <form action="/binh-chon" method="post">
            <p>Bạn đánh giá thế nào về chất lượng giảng dạy của Nhà trường?</p>
            <div class="radio"><label><input type="radio" name="pa" value="1" /> Rất tốt</label></div>
            <div class="radio"><label><input type="radio" name="pa" value="2" /> Tốt</label></div>
            <div class="radio"><label><input type="radio" name="pa" value="3" /> Cần cải thiện</label></div>
            <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
          </form>
        </div>
      </div>
      <div class="panel panel-default" id="thong-ke">
        <div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
        <div class="panel-body">
          <p>Đang online: <b>17</b></p>
          <p>Hôm nay: <b>342</b></p>
          <p>Tổng truy cập: <b>1.284.903</b></p>
        </div>
      </div>
      <div class="panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Liên kết</h3></div>
        <div class="panel-body">
          <a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank"><img src="/img/fb.png" alt="Facebook" /></a>
          <a href="https://baotuyenquang.com.vn" target="_blank">Báo Tuyên Quang</a>
        </div>
      </div>
    </div>"""


def layout(request: Request, title: str, content: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{esc(title)} | {esc(SITE)}</title>
    <link rel="stylesheet" href="/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/css/tct.css?v=20180912" />
    {head}
  </head>
  <body>
    <div id="thanh-tren">
      <div class="container">
        <span class="pull-left"><span class="glyphicon glyphicon-calendar"></span> {TODAY_LINE}</span>
        <span class="pull-right"><a href="/trang/lien-he">Liên hệ</a></span>
      </div>
    </div>
    <header id="banner">
      <div class="container">
        <a href="/"><img src="/img/logo-tct.png" alt="Logo" class="pull-left" /></a>
        <h1>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</h1>
        <p class="khau-hieu">Trung thành - Sáng tạo - Kỷ cương - Chất lượng</p>
      </div>
    </header>
    {_nav()}
    <div class="container" id="than-trang">
      <div class="row">
{content}
{_sidebar()}
      </div>
    </div>
    <footer id="chan-trang">
      <div class="container">
        <p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
        <p>Địa chỉ: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang - Điện thoại: 0207 3822 546</p>
        <p>Email: truongchinhtri@tuyenquang.gov.vn</p>
        <p class="small">&copy; 2018 - 2026 Trường Chính trị tỉnh Tuyên Quang. Thiết kế: ThS. Lương Văn Khánh
          (Khoa Nhà nước và Pháp luật). Chạy trên Sinatra 2.0.1 / Ruby 2.5.</p>
      </div>
    </footer>
    <script src="/js/jquery-1.12.4.min.js"></script>
    <script src="/js/bootstrap.min.js"></script>
    <script src="/js/jquery.timeago.js"></script>
    <script src="/js/jquery.timeago.vi.js"></script>
    <script>jQuery(function(){{ jQuery("abbr.timeago").timeago(); }});</script>
  </body>
</html>"""


def _breadcrumb(*items: tuple[str, str | None]) -> str:
    lis = ['<li><a href="/">Trang chủ</a></li>']
    for i, (name, href) in enumerate(items):
        last = i == len(items) - 1
        inner = f'<a href="{href}">{esc(name)}</a>' if href else esc(name)
        lis.append(f'<li{ACTIVE if last else ""}>{inner}</li>')
    return '<ol class="breadcrumb">' + "".join(lis) + "</ol>"


def _cat_crumbs(cat: str) -> str:
    name, parent = CATS[cat]
    items: list[tuple[str, str | None]] = []
    if parent:
        items.append((parent, None))
    items.append((name, f"/chuyen-muc/{cat}"))
    return _breadcrumb(*items)


def _teaser(s: Story) -> str:
    excerpt = _truncate(s.summary or "", 160)
    pin = '<span class="label label-danger">Ghim</span> ' if s.opts.get("pinned") else ""
    return f"""        <div class="media bv-item" id="bv-{s.id}">
          <div class="media-left">
            <a href="{_bare(s)}"><img class="media-object" src="/uploads/bai-viet/thumb_{s.id}.jpg" width="120" alt="" /></a>
          </div>
          <div class="media-body">
            <h4 class="media-heading">{pin}<a href="{_href(s)}">{esc(s.title)}</a></h4>
            <p class="text-muted small"><span class="glyphicon glyphicon-calendar"></span> {_local(s):%d/%m/%Y}</p>
            <p>{esc(excerpt)}</p>
          </div>
        </div>"""


# --- pages -----------------------------------------------------------------------------------


def page_home(request: Request) -> str:
    newest = _newest()
    slider_ids = [252, 240, 249]
    slides = []
    for i, sid in enumerate(slider_ids):
        s = BY_ID[sid]
        href = f"/bai-viet/{s.id}?slug={s.opts['old_slug']}" if "old_slug" in s.opts else _href(s)
        slides.append(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{href}">'
            f'<img src="/uploads/bai-viet/slide_{s.id}.jpg" alt="" />'
            f'<div class="carousel-caption"><h4>{esc(s.title)}</h4></div></a></div>'
        )
    latest = "\n".join(_teaser(s) for s in newest[:4])
    boxes = []
    for slug, (name, _parent) in CATS.items():
        top = _newest(slug)[:1]
        lis = "".join(f'<li><a href="{_href(s)}">{esc(s.title)}</a></li>' for s in top)
        boxes.append(
            f'<div class="col-sm-6"><div class="panel panel-default"><div class="panel-heading">'
            f'<a href="/chuyen-muc/{slug}">{esc(name)}</a></div><div class="panel-body">'
            f'<ul class="list-unstyled">{lis}</ul></div></div></div>'
        )
    content = f"""    <div class="col-md-8" id="cot-trai">
      <div id="tin-noi-bat" class="carousel slide" data-ride="carousel">
        <div class="carousel-inner">{''.join(slides)}</div>
      </div>
      <h3 class="tde-khoi">Tin mới</h3>
{latest}
      <div class="row">{''.join(boxes)}</div>
    </div>"""
    return layout(request, "Trang chủ", content)


def _pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/chuyen-muc/{cat}"
    parts = []
    if page > 1:
        parts.append(f'<a class="previous_page" rel="prev" href="{base}?page={page - 1}">&#8592; Trước</a>')
    else:
        parts.append('<span class="previous_page disabled">&#8592; Trước</span>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<em class="current">{n}</em>')
        else:
            rel = ' rel="prev start"' if n == page - 1 and n == 1 else (' rel="next"' if n == page + 1 else "")
            parts.append(f'<a{rel} href="{base}?page={n}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next_page" rel="next" href="{base}?page={page + 1}">Sau &#8594;</a>')
    else:
        parts.append('<span class="next_page disabled">Sau &#8594;</span>')
    return '<div class="pagination">' + " ".join(parts) + "</div>"


def page_category(request: Request, cat: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    items = _newest(cat)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    if page < 1 or page > pages:
        return None
    name, _parent = CATS[cat]
    pinned = [s for s in items if s.opts.get("pinned")]
    pin_html = ""
    if pinned:
        pin_html = '      <div class="well well-sm ghim">\n' + "\n".join(_teaser(s) for s in pinned) + "\n      </div>"
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    content = f"""    <div class="col-md-8" id="cot-trai">
      {_cat_crumbs(cat)}
      <h2 class="tde-cm">{esc(name)}</h2>
{pin_html}
{chr(10).join(_teaser(s) for s in chunk)}
      <div class="text-center">{_pager(cat, page, pages)}
      <p class="text-muted small">Hiển thị {len(chunk)} / {len(items)} bài viết</p></div>
    </div>"""
    title = name if page == 1 else f"{name} - Trang {page}"
    return html(layout(request, title, content))


def page_article(request: Request, s: Story) -> str:
    local = _local(s)
    canon = base_url(request) + _href(s)
    head = (
        f'<link rel="canonical" href="{esc(canon)}" />\n'
        f'    <meta property="og:title" content="{esc(_truncate(s.title))}" />\n'
        f'    <meta property="og:url" content="{esc(canon)}" />\n'
        f'    <meta property="og:image" content="{base_url(request)}/uploads/bai-viet/thumb_{s.id}.jpg" />\n'
        f'    <meta name="description" content="{esc(_truncate(s.summary or "", 160))}" />'
    )
    attach = s.opts.get("attach")
    n_att = 1 if attach else 0
    att_html = (
        f'<ul class="list-unstyled"><li><span class="glyphicon glyphicon-paperclip"></span> '
        f'<a href="/uploads/dinh-kem/{attach[0]}">{esc(attach[1])}</a> <small>({attach[0]})</small></li></ul>'
        if attach else '<p class="text-muted">Không có tệp đính kèm.</p>'
    )
    tags = ""
    if s.opts.get("tags"):
        tags = '<p class="the">Từ khóa: ' + " ".join(
            f'<a class="label label-info" href="/tim-kiem?q={quote(t)}">{esc(t)}</a>' for t in s.opts["tags"]
        ) + "</p>"
    box = ""
    if s.opts.get("author_box"):
        name, post, bio = s.opts["author_box"]
        box = f"""
        <div class="media tg">
          <div class="media-left"><img class="media-object img-circle" src="/img/avatar-gv.png" width="64" alt="" /></div>
          <div class="media-body">
            <h4 class="media-heading">
              Về tác giả:
              <strong>{esc(name)}</strong>
            </h4>
            <p class="text-muted">{esc(post)}</p>
            <p>{esc(bio)}</p>
          </div>
        </div>"""
    related = [r for r in _newest(s.cat) if r.id != s.id][:2]
    rel = "".join(
        f'<li><a href="{_href(r)}">{esc(r.title)}</a> <small class="text-muted">({_local(r):%d/%m/%Y})</small></li>'
        for r in related
    )
    comments = s.opts.get("comments", [])
    cmt = "".join(
        f"""
          <div class="media">
            <div class="media-left"><img class="media-object" src="/img/avatar.png" width="40" alt="" /></div>
            <div class="media-body">
              <h5 class="media-heading">{esc(who)} <small>{when}</small></h5>
              <p>{esc(what)}</p>
            </div>
          </div>"""
        for who, when, what in comments
    )
    cmt_block = f"""
        <div class="binh-luan">
          <h4>Ý kiến bạn đọc ({len(comments)})</h4>{cmt}
          <form action="/bai-viet/{s.id}/binh-luan" method="post" class="form-horizontal">
            <input type="text" name="ho_ten" class="form-control" placeholder="Họ tên" />
            <textarea name="noi_dung" class="form-control" rows="3"></textarea>
            <button class="btn btn-default btn-sm" type="submit">Gửi ý kiến</button>
          </form>
        </div>"""
    content = f"""    <div class="col-md-8" id="cot-trai">
      {_cat_crumbs(s.cat)}
      <div class="bv" id="bv-{s.id}">
        <h2 class="tde-bv">
          {esc(s.title)}
        </h2>
        <p class="text-muted small tt-bv">
          <span class="glyphicon glyphicon-pencil"></span>
          Sửa lần cuối: {s.opts['upd']}
          &middot;
          <span class="glyphicon glyphicon-calendar"></span>
          Đăng:
          <abbr class="timeago" title="{s.opts['utc']}">{local:%a, %d %b %Y %H:%M}</abbr>
          &middot;
          <span class="glyphicon glyphicon-user"></span>
          quantri
          &middot;
          <span class="glyphicon glyphicon-eye-open"></span>
          {s.views()} lượt xem
        </p>
        <div class="well well-sm hidden-xs sapo">
          <strong>{esc(s.summary or '')}</strong>
        </div>
        <p class="lead visible-xs">{esc(s.summary or '')}</p>
        <ul class="nav nav-tabs" role="tablist">
          <li class="active" role="presentation"><a href="#tab-nd" data-toggle="tab" role="tab">Nội dung</a></li>
          <li role="presentation"><a href="#tab-dk" data-toggle="tab" role="tab">Tệp đính kèm ({n_att})</a></li>
        </ul>
        <div class="tab-content">
          <div class="tab-pane active nd-bv" id="tab-nd" role="tabpanel">
{render_text(s)}
          </div>
          <div class="tab-pane" id="tab-dk" role="tabpanel">
            {att_html}
          </div>
        </div>
        {tags}
        <div class="cong-cu">
          <a href="https://www.facebook.com/sharer/sharer.php?u={quote(canon, safe='')}" class="btn btn-primary btn-xs" target="_blank">Chia sẻ Facebook</a>
          <a href="javascript:window.print()" class="btn btn-default btn-xs"><span class="glyphicon glyphicon-print"></span> In bài</a>
          <a href="#" onclick="window.scrollTo(0,0);return false;" class="btn btn-default btn-xs">Lên đầu trang</a>
        </div>{box}
        <div class="tin-lien-quan">
          <h4>Tin liên quan</h4>
          <ul>{rel}</ul>
        </div>{cmt_block}
      </div>
    </div>"""
    return layout(request, _truncate(s.title), content, head)


def page_search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [s for s in _newest() if q and q.lower() in (s.title + " " + (s.summary or "")).lower()]
    rows = "\n".join(_teaser(s) for s in hits) or '<p class="text-muted">Không tìm thấy bài viết nào.</p>'
    content = f"""    <div class="col-md-8" id="cot-trai">
      {_breadcrumb(("Tìm kiếm", None))}
      <h2 class="tde-cm">Kết quả tìm kiếm: “{esc(q)}”</h2>
      <p>Tìm thấy {len(hits)} kết quả.</p>
{rows}
    </div>"""
    return layout(request, "Tìm kiếm", content)


def page_static(request: Request, slug: str) -> str:
    title, paras = PAGES[slug]
    body = "\n".join(f"        <p>{esc(p)}</p>" for p in paras)
    content = f"""    <div class="col-md-8" id="cot-trai">
      {_breadcrumb((title, None))}
      <div class="trang-tinh">
        <h2 class="tde-bv">{esc(title)}</h2>
{body}
      </div>
    </div>"""
    return layout(request, title, content)


def page_doc(request: Request, did: int) -> str:
    title, fname, day, pages = DOCS[did]
    content = f"""    <div class="col-md-8" id="cot-trai">
      {_breadcrumb(("Tài liệu học tập", None), (title, None))}
      <h2 class="tde-bv">{esc(title)}</h2>
      <table class="table table-striped tai-lieu">
        <tr><th>Ngày cập nhật</th><td>{day}</td></tr>
        <tr><th>Số trang</th><td>{pages}</td></tr>
        <tr><th>Định dạng</th><td>PDF</td></tr>
      </table>
      <a class="btn btn-success" href="/uploads/tai-lieu/{fname}"><span class="glyphicon glyphicon-download-alt"></span> Tải về</a>
    </div>"""
    return layout(request, title, content)


# --- routing ---------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return Response(302, b"", {"Location": "/"}) if path == "/binh-chon" else None
        if path.startswith("/uploads/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/img/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return html(page_home(request))
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "bai-viet" and parts[1].isdigit():
            story = BY_ID.get(int(parts[1]))
            return html(page_article(request, story)) if story else None
        if len(parts) == 2 and parts[0] == "chuyen-muc" and parts[1] in CATS:
            return page_category(request, parts[1])
        if len(parts) == 2 and parts[0] == "trang" and parts[1] in PAGES:
            return html(page_static(request, parts[1]))
        if len(parts) == 2 and parts[0] == "tai-lieu" and parts[1].isdigit() and int(parts[1]) in DOCS:
            return html(page_doc(request, int(parts[1])))
        if path == "/tim-kiem":
            return html(page_search(request))
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    alts = [_bare(s)]
    if "old_slug" in s.opts:
        alts.append(f"/bai-viet/{s.id}?slug={s.opts['old_slug']}")
    return gold_record(s, _href(s), CATS[s.cat][0], canonical_path=_href(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/trang/gioi-thieu",
    "/trang/co-cau-to-chuc",
    "/trang/lien-he",
    "/tai-lieu/11",
    "/tai-lieu/12",
    "/tai-lieu/15",
]
