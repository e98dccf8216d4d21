"""Fixture portal ``forkcms_sgddt``: a provincial Department of Education (Sở GD&ĐT) on Fork CMS 5.

Platform
    Fork CMS 5 (Symfony kernel, Twig themes). The department's vendor theme ``SoGDQT`` places
    Fork's blocks in positions (``pos-main``, ``pos-right``, ``pos-top``) and its widgets
    (Blog categories, recent articles, search, content blocks) in the sidebar. The site is
    single-language (Vietnamese) but the Blog module's action names kept Fork's English
    ``act`` labels: ``detail``, ``category``, ``rss``.

URL scheme
    ``/``                                    home (template "Home": slider + boxes per category)
    ``/tin-tuc``  ``/tin-tuc?page=N``        Blog overview, 5 posts a page (Fork ``?page=N``)
    ``/tin-tuc/category/<slug>[?page=N]``    Blog category, 5 posts a page
    ``/tin-tuc/detail/<slug>``               Blog post (the article)
    ``/tin-tuc/detail/<slug>?print=true``    the theme's print view of the post
    ``/tin-tuc/rss``                         Blog RSS (the 10 newest posts)
    ``/tu-khoa/detail/<tag>``                Tags module: items carrying a tag
    ``/van-ban``, ``/van-ban/detail/<slug>`` vendor module "Văn bản" (document register)
    ``/hoi-dap``, ``/hoi-dap/detail/<slug>`` Fork FAQ module (questions of citizens)
    ``/thu-vien-anh``, ``/thu-vien-anh/detail/<slug>`` vendor gallery module
    ``/gioi-thieu``, ``/lien-he``, ``/lich-cong-tac``  Pages module pages
    ``/tim-kiem``                            Search module (GET form ``q``)
    ``/404``                                 Fork's 404 page (status 404)
    Editor uploads live under ``/src/Frontend/Files/userfiles/images/…``, post images under
    ``/src/Frontend/Files/Blog/images/source/…``, listing thumbnails under ``/media/cache/…``.

Page templates
    Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), header, Fork navigation with
    drop-downs, breadcrumb, right sidebar (search widget, "Chuyên mục" with counts, "Tin mới",
    "Tin đọc nhiều", "Thông báo" content block, linked sites ``<select>``, poll, visitor
    counter), footer with address, phone, e-mail, licence and copyright.
    Post page: the Pages module's title ``<h1 class="pg-tit">Tin tức</h1>``, then Fork's
    ``#blogDetail`` article: ``<h2 itemprop="name">`` headline, an info ``<ul>`` (Cập nhật,
    ``<time datetime>`` with the publish time, "Người đăng", category, views, comment count),
    tools (In bài / Gửi email / Chia sẻ / A+ A-), ``itemprop="articleBody"`` holding the post's
    introduction (``div.tomtat-bv``, when the editor filled it), the post image and the
    CKEditor text; then "Từ khóa", the "Đường dây nóng" content block, Fork's comments and
    comment form, "Các tin khác" (4 newest of the category) and "Tin liên quan" (same tags).
    Listings: thumbnail, ``<h3>`` link, date line, introduction or a 180-character teaser,
    "Xem tiếp"; Fork's pagination ``nav.mod.pagination`` under them.

How each gold article is reached
    Home boxes: "Tin tức - Sự kiện" (4 newest), "Hoạt động chuyên môn" (3), "Thông báo" (3);
    slider; sidebar "Tin mới" and "Tin đọc nhiều". That covers every post except three:
    "Đoàn công tác Bộ GD&ĐT kiểm tra…" (``/tin-tuc?page=2`` or the category's page 1),
    "Tuyên dương 68 học sinh…" and "Ra quân hưởng ứng Tuần lễ học tập suốt đời…", which only
    ``/tin-tuc?page=3`` and ``/tin-tuc/category/tin-tuc-su-kien?page=2`` list (they carry no
    tags, "Các tin khác" shows the category's 4 newest only, the RSS the 10 newest).

Traps
    1. Pagination links carry ``rel="prev nofollow"`` / ``rel="nofollow"`` / ``rel="next
       nofollow"`` (Fork core's Pagination template): a crawler that honours nofollow never
       sees two of the 13 posts. Page 1 is also linked as ``?page=1`` (same listing) and a page
       past the last answers 302 to ``/404`` (status 404). Gold: all 13 posts, listings none.
    2. Two headings: the page's ``<h1>`` is the section ("Tin tức"), the headline is the
       ``<h2 itemprop="name">``; ``<title>`` adds " - Tin tức - Sở Giáo dục và Đào tạo tỉnh
       Quảng Trị". Gold title: the ``<h2>`` text.
    3. Byline noise: Fork prints the CMS account ("Người đăng: bientap.sgd", ``<meta
       itemprop="author">``) for every post; the real signature is a line in the text (at its
       end, or at its top for the essay), as "Tin, ảnh: X", "Tin: X - Ảnh: Y", a name with a
       degree and a post after it, a name with the unit in parentheses on the next line, or a
       unit alone. Gold: the signature as the conventions read it, never the account.
    4. Dates: the info line prints "Cập nhật: …" (Fork's edited_on) before the publication
       time; ``article:published_time`` is in UTC ("…T17:00:00+00:00" for a post of 28/11 at
       00:00, the day before in UTC); the ``<time datetime>`` has no offset (local time); the
       comments carry their own dates and "x ngày trước"; the official notice was posted on
       01/12 but its letterhead says 30/11. Gold: the publication time in +07:00, the day
       alone for the post printed at 00:00, the letterhead's day for the notice.
    5. Chrome that reads like text: visitor comments (names, dates, sentences) under the post,
       the "Đường dây nóng" content block printed like an italic paragraph right after the
       article, "Xem thêm:" line inside the text, "File đính kèm" lines with a PDF icon
       ``<img>``, the "Từ khóa" line. Gold: none of them in body, authors or images.
    6. Sapo only sometimes: Fork's "introduction" field is printed on the post page in
       ``div.tomtat-bv`` when filled (summary = it, body's first paragraph). When it is empty
       the listings print a 180-character teaser of the text and ``meta description`` repeats
       it: not a sapo (summary null), except the post whose text opens with a bold paragraph.
    7. The post image: Fork's ``item.image`` is printed inside ``articleBody`` before the text,
       with ``alt`` = the headline: it is the article's first photo (caption None). Listing
       thumbnails (``/media/cache/…``), the emoji pictures used as bullets and the PDF icon are
       not article photos.
    8. Captions three ways: CKEditor's ``<figure class="image"><figcaption>``, a two-row
       ``<table class="tbl-anh">`` whose caption row is in parentheses (taken off), and an
       italic centred ``<p>`` after the image that only credits a photographer ("Ảnh: Lê Minh
       Tuấn") -> caption None, the name in photographers.
    9. Duplicates: the print view ``?print=true`` serves the whole post again (gold
       ``alt_paths``); ``?page=1`` repeats listing page 1.
   10. Text encodings: one post's text was pasted from a Mac (NFD, tone marks as combining
       characters) and has Word list paragraphs whose bullet is a ``mso-list:Ignore`` span;
       CKEditor's ``&nbsp;`` after full stops. Gold: NFC text, no Word bullets.
   11. Look-alike pages: FAQ entries (``/hoi-dap/detail/…``) print a heading, a category, an
       asker's name and a "Ngày gửi" date like a post; document entries and the album too.
       Gold: not articles (NON_ARTICLES).
   12. The official notice (letterhead table, "Số: …", place and date, "THÔNG BÁO / Về việc …",
       "Nơi nhận", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / name"): only the notice's own
       paragraphs are body; the signer is the author.
   13. The essay cites notes two ways: Word's bracketed calls ("…năng lực.[1]", kept) and one
       bare linked ``<sup>3</sup>`` (dropped); its "Chú thích" heading and entries are body.

Gold decisions on ambiguous points
    - The post image printed by the template at the top of ``articleBody`` counts as the
      article's first image (caption None), because it is printed in the article at full size.
    - The official notice's date is its letterhead's day ("2026-11-30") although the post
      header says "08:20 | Thứ Ba, 01/12/2026" (house convention for official documents).
    - "(Phòng Giáo dục Mầm non - Tiểu học)" printed under a name is the unit after the name:
      dropped. A unit signing alone ("Phòng GDTrH", "Văn phòng Sở", "Phòng Tổ chức - Cán
      bộ") is the author as printed.
    - A reprinted post's closing "Nguồn: Báo Quảng Trị" gives ``source``; the name signed
      above it is still the author. "Theo Công điện số 18/CĐ-UBND…" opening a notice's
      sentence is text, not a source.
    - Lines the editor started with a typed "- " keep the dash; Word's bullets do not.
      Emoji pictures (``<img class="emoji" alt="👉">``) opening a line are its bullet (no
      text); an emoji character in the text is kept.
    - Table rows (tuition schedule, quotas) are paragraphs with cells joined by " | ".
    - FAQ entries, document entries, the album, intro, contact and the work calendar are not
      articles; listings, tag pages, search and the RSS feed are not pages of the gold.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "forkcms_sgddt"
PLATFORM = "Fork CMS 5 (Blog module, vendor theme SoGDQT)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
THEME = "/src/Frontend/Themes/SoGDQT/Core/Layout"
UP = "/src/Frontend/Files/userfiles/images/2026"
FEAT = "/src/Frontend/Files/Blog/images/source"


@dataclass(frozen=True)
class PH(P):
    """A paragraph whose printed markup differs from its gold text (footnote calls, emoji)."""

    markup: str = ""


CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "chuyen-doi-so": "Chuyển đổi số",
    "mua-lu": "Mưa lũ",
    "gdpt-2018": "Chương trình GDPT 2018",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the 13 posts -------------------------------------------------------------------------------

A1 = Story(
    id=1187,
    slug="hoi-nghi-tong-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-nam-2026",
    title="Hội nghị tổng kết công tác chuyển đổi số ngành Giáo dục năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Chiều ngày 04/12, Sở GD&ĐT tổ chức Hội nghị tổng kết công tác chuyển đổi số năm 2026 và "
        "triển khai nhiệm vụ năm 2027. Đồng chí Trần Quốc Khánh, Giám đốc Sở chủ trì hội nghị."
    ),
    sapo_outside=True,
    authors=["Hoàng Thu Hà"],
    photographers=["Hoàng Thu Hà"],
    blocks=[
        Img(f"{FEAT}/hn-chuyen-doi-so-2026.jpg", None, None, "feat"),
        P(
            "Tham dự hội nghị có đại diện lãnh đạo Sở Khoa học và Công nghệ, VNPT Quảng Trị, Viettel "
            "Quảng Trị; lãnh đạo các phòng chuyên môn thuộc Sở; hiệu trưởng các trường THPT, giám đốc "
            "các trung tâm GDNN-GDTX và đại diện UBND các xã, phường trên địa bàn tỉnh."
        ),
        P(
            "Báo cáo tại hội nghị cho biết, năm 2026 toàn ngành đã hoàn thành kết nối, đồng bộ dữ liệu "
            "của 100% cơ sở giáo dục với Cơ sở dữ liệu ngành; 98,6% học sinh có mã định danh được xác "
            "thực với Cơ sở dữ liệu quốc gia về dân cư; 100% trường phổ thông triển khai học bạ số và "
            "sổ điểm điện tử."
        ),
        Img(
            f"{UP}/12/hn-cds-02.jpg",
            "Đồng chí Trần Quốc Khánh, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Trần Quốc Khánh, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "fig",
        ),
        P("Những kết quả nổi bật", "h"),
        P("Triển khai thanh toán không dùng tiền mặt tại 712/715 cơ sở giáo dục;", "li"),
        P(
            "Tuyển sinh đầu cấp trực tuyến đối với lớp 1, lớp 6 và lớp 10 với hơn 41.000 hồ sơ nộp "
            "qua cổng tuyển sinh của tỉnh;",
            "li",
        ),
        P("Cấp văn bằng, chứng chỉ có chữ ký số cho học sinh tốt nghiệp THPT năm 2026.", "li"),
        P(
            "Phát biểu chỉ đạo, Giám đốc Sở Trần Quốc Khánh đề nghị các đơn vị tiếp tục rà soát, làm "
            "sạch dữ liệu; đẩy mạnh ứng dụng trí tuệ nhân tạo trong quản lý và dạy học; bảo đảm an "
            "toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh và nhà giáo."
        ),
        Img(
            f"{UP}/12/hn-cds-03.jpg",
            "Trao Giấy khen cho các tập thể có thành tích xuất sắc trong công tác chuyển đổi số năm 2026",
            "Trao Giấy khen cho các tập thể có thành tích xuất sắc trong công tác chuyển đổi số năm 2026",
            "fig",
        ),
        P(
            "Dịp này, Giám đốc Sở GD&ĐT đã tặng Giấy khen cho 15 tập thể và 22 cá nhân có thành tích "
            "xuất sắc trong triển khai chuyển đổi số năm 2026."
        ),
        right("<strong>Tin, ảnh: Hoàng Thu Hà</strong>"),
    ],
    opts={
        "posted": "2026-12-04 16:45",
        "edited": "2026-12-05 07:58",
        "tags": ["chuyen-doi-so"],
        "user": "bientap.sgd",
        "nbsp": True,
        "comments": [
            (
                "Nguyễn Văn Tùng",
                "2026-12-04 21:12",
                "Học bạ số giúp phụ huynh chúng tôi theo dõi việc học của con rất thuận tiện. "
                "Mong Sở sớm có ứng dụng trên điện thoại.",
            ),
        ],
    },
)

A8 = Story(
    id=1186,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-ai-trong-day-hoc-cho-giao-vien-thpt",
    title="Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho giáo viên THPT",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Từ ngày 01 đến ngày 03/12/2026, Sở GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo "
        "trong dạy học và kiểm tra, đánh giá cho hơn 200 giáo viên cốt cán cấp THPT."
    ),
    sapo_outside=True,
    authors=["Phòng GDTrH"],
    blocks=[
        P(
            "Lớp tập huấn được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại 3 điểm cầu: "
            "Trường THPT chuyên Võ Nguyên Giáp, Trường THPT Đông Hà và Trường THPT Lệ Thủy."
        ),
        P(
            "Các học viên được giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh, các nguyên tắc sử "
            "dụng AI có trách nhiệm trong nhà trường; thực hành xây dựng kế hoạch bài dạy, ngân hàng "
            "câu hỏi và bảng tiêu chí đánh giá (rubric) với sự hỗ trợ của công cụ AI."
        ),
        P("Nội dung, thời gian tập huấn:", "h"),
        P("Thời gian | Nội dung | Báo cáo viên", "tr"),
        P("Ngày 01/12 | Tổng quan về AI tạo sinh; đạo đức khi sử dụng AI | TS. Nguyễn Hữu Phước", "tr"),
        P("Ngày 02/12 | Xây dựng kế hoạch bài dạy có sự hỗ trợ của AI | ThS. Lê Thị Hạnh", "tr"),
        P(
            "Ngày 03/12 | Thiết kế câu hỏi, đề kiểm tra theo định hướng phát triển năng lực | "
            "Tổ công tác Phòng GDTrH",
            "tr",
        ),
        Img(
            f"{UP}/12/ai-taphuan-01.jpg",
            "Giáo viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của công cụ AI",
            "Giáo viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của công cụ AI",
            "fig",
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi giáo viên cốt cán có trách nhiệm triển khai lại nội dung cho "
            "tổ chuyên môn tại đơn vị trước ngày 31/12/2026."
        ),
        right("<strong>Phòng GDTrH</strong>"),
    ],
    opts={"posted": "2026-12-03 14:30", "tags": ["chuyen-doi-so"], "user": "gdtrh01"},
)

A2 = Story(
    id=1185,
    slug="trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-lu",
    title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T09:10:00+07:00",
    authors=["Nguyễn Văn Lực"],
    photographers=["Trần Quang Vinh"],
    blocks=[
        P(
            "Sáng 02/12, tại Trường THCS Hải Lăng, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh và "
            "Báo Tuổi Trẻ trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó "
            "khăn bị ảnh hưởng bởi đợt mưa lũ cuối tháng 10 vừa qua."
        ),
        P(
            "Mỗi suất học bổng trị giá 3 triệu đồng tiền mặt cùng ba lô, sách vở và đồ dùng học tập. "
            "Tổng giá trị học bổng và quà tặng hơn 520 triệu đồng."
        ),
        Img(
            f"{UP}/12/hocbong-01.jpg",
            "(Đại diện Sở GD&ĐT và nhà tài trợ trao học bổng cho học sinh)",
            "Đại diện Sở GD&ĐT và nhà tài trợ trao học bổng cho học sinh",
            "tbl",
        ),
        P(
            "Phát biểu tại buổi lễ, Phó Giám đốc Sở Nguyễn Đức Thắng ghi nhận sự chung tay của các "
            "nhà hảo tâm, đồng thời mong muốn các em học sinh vượt qua khó khăn, tiếp tục vươn lên "
            "trong học tập."
        ),
        P(
            "“Sau trận lũ, nhà em mất hết sách vở. Có học bổng này em sẽ cố gắng học thật tốt để "
            "không phụ lòng thầy cô và các cô chú”, em Lê Thị Ngọc Ánh, học sinh lớp 8A chia sẻ.",
            "bq",
        ),
        Img(
            f"{UP}/12/hocbong-02.jpg",
            "(Các em học sinh nhận quà tại buổi lễ)",
            "Các em học sinh nhận quà tại buổi lễ",
            "tbl",
        ),
        right("<em>Tin: Nguyễn Văn Lực - Ảnh: Trần Quang Vinh</em>"),
    ],
    opts={
        "posted": "2026-12-02 09:10",
        "edited": "2026-12-02 10:31",
        "tags": ["mua-lu"],
        "user": "bientap.sgd",
        "comments": [
            (
                "Phụ huynh Trần Thị Mai",
                "2026-12-02 19:40",
                "Cảm ơn các nhà hảo tâm đã quan tâm đến các cháu vùng lũ. Trường con tôi ở xã "
                "Vĩnh Định cũng bị ngập nặng.",
            ),
            (
                "Lê Quang Huy",
                "2026-12-03 07:05",
                "Rất ý nghĩa! Đề nghị Sở công khai danh sách học sinh nhận học bổng.",
            ),
        ],
    },
)

A11 = Story(
    id=1184,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Đức Thắng"],
    blocks=[
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
            "<tbody><tr>"
            '<td style="text-align:center; width:40%"><span style="font-size:13px">UBND TỈNH QUẢNG TRỊ'
            "<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />-------</span></td>"
            '<td style="text-align:center"><span style="font-size:13px"><strong>CỘNG HÒA XÃ HỘI CHỦ '
            "NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
            "---------------</span></td></tr>"
            '<tr><td style="text-align:center">Số: 2145/TB-SGDĐT</td>'
            '<td style="text-align:center"><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></td></tr>'
            "</tbody></table>"
            '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
            "<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT<br />"
            "năm học 2026-2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 1876/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về việc tổ chức các kỳ thi, "
            "cuộc thi năm học 2026-2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh "
            "lớp 12 THPT như sau:"
        ),
        P("1. Thời gian thi", "bp"),
        P("Ngày thi: 17/12/2026 (thi viết) và 18/12/2026 (thi thực hành môn Tin học)."),
        P("2. Môn thi", "bp"),
        P(
            "Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục "
            "kinh tế và pháp luật."
        ),
        P("3. Địa điểm thi", "bp"),
        P(
            "Trường THPT chuyên Võ Nguyên Giáp (phường Đồng Hới) và Trường THPT chuyên Lê Quý Đôn "
            "(phường Đông Hà)."
        ),
        P("4. Đăng ký dự thi", "bp"),
        P(
            "Các đơn vị gửi danh sách học sinh đăng ký dự thi qua hệ thống quản lý thi trước 17 giờ 00 "
            "ngày 08/12/2026. Mọi thắc mắc liên hệ Phòng Quản lý chất lượng, điện thoại: 0232.3822.541."
        ),
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
            '<td style="vertical-align:top; width:50%"><span style="font-size:12px"><strong><em>Nơi '
            "nhận:</em></strong><br />- Như trên;<br />- Giám đốc Sở (để b/c);<br />- Cổng TTĐT Sở;"
            "<br />- Lưu: VT, QLCL.</span></td>"
            '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC'
            "</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Đức Thắng</strong></td>"
            "</tr></tbody></table>"
        ),
        Raw(
            '<p><strong>File đính kèm:</strong> <a href="/src/Frontend/Files/userfiles/files/2026/12/'
            'TB-2145-HSG12.pdf" target="_blank"><img alt="" src="/src/Frontend/Core/Layout/images/'
            'icons/pdf.gif" style="height:16px; width:16px" /> TB-2145-HSG12.pdf</a></p>'
        ),
    ],
    opts={"posted": "2026-12-01 08:20", "user": "quantri"},
)

A3 = Story(
    id=1181,
    slug="khai-mac-hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-i-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28",
    summary=(
        "Tối 27/11, tại Nhà thi đấu đa năng tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du "
        "lịch tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026."
    ),
    authors=["Quốc Việt"],
    photographers=["Quốc Việt"],
    blocks=[
        P(
            "Tối 27/11, tại Nhà thi đấu đa năng tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du "
            "lịch tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026.",
            "b",
        ),
        P(
            "Đây là kỳ Hội khỏe Phù Đổng đầu tiên của tỉnh Quảng Trị sau khi hợp nhất, với hơn 2.300 "
            "vận động viên là học sinh đến từ 78 đoàn thuộc các xã, phường, đặc khu và các trường THPT, "
            "tranh tài ở 14 môn thi đấu."
        ),
        P(
            "Các môn thi đấu gồm: Điền kinh, Bơi lội, Bóng đá, Bóng chuyền, Cầu lông, Bóng bàn, Cờ vua, "
            "Đá cầu, Võ cổ truyền, Vovinam, Karate, Taekwondo, Đẩy gậy và Kéo co.",
            "br",
        ),
        P("Thời gian thi đấu từ ngày 28/11 đến ngày 10/12/2026 tại 6 địa điểm."),
        Img(
            f"{UP}/11/hkpd-khaimac-01.jpg",
            "Các đoàn vận động viên diễu hành tại Lễ khai mạc",
            "Các đoàn vận động viên diễu hành tại Lễ khai mạc",
            "fig",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Hoàng Văn Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức "
            "nhấn mạnh Hội khỏe Phù Đổng là ngày hội thể thao lớn của học sinh toàn tỉnh, là dịp đánh "
            "giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường học."
        ),
        P(
            "Kết quả thi đấu là cơ sở để tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc "
            "lần thứ XI năm 2028."
        ),
        right("<strong>Tin, ảnh: Quốc Việt</strong>"),
    ],
    opts={"posted": "2026-11-28 00:00", "edited": "2026-11-28 08:47", "user": "bientap.sgd"},
)

A9 = Story(
    id=1179,
    slug="hoi-thi-giao-vien-day-gioi-cap-tinh-cap-tieu-hoc-nam-hoc-2026-2027",
    title=(
        "Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026-2027: "
        "Lan tỏa phương pháp dạy học tích cực"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T08:00:00+07:00",
    authors=["Đào Thị Thu Thủy"],
    blocks=[
        P(
            "Từ ngày 17 đến 24/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu "
            "học năm học 2026-2027 với sự tham gia của 186 giáo viên đến từ các trường tiểu học trên "
            "địa bàn tỉnh."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng cao chất "
            "lượng giảng dạy, giáo dục học sinh. Các tiết dạy được bốc thăm trước 01 ngày, bảo đảm "
            "khách quan, công bằng."
        ),
        Img(
            f"{UP}/11/gvdg-th-01.jpg",
            "Cô giáo Nguyễn Thị Hoài Thương, Trường Tiểu học Nam Lý trong tiết dạy Tiếng Việt lớp 3",
            "Cô giáo Nguyễn Thị Hoài Thương, Trường Tiểu học Nam Lý trong tiết dạy Tiếng Việt lớp 3",
            "next",
        ),
        P(
            "Theo đánh giá của Ban Giám khảo, nhiều tiết dạy được thiết kế sáng tạo, vận dụng hiệu quả "
            "các phương pháp, kỹ thuật dạy học tích cực như dạy học theo góc, dạy học dự án, kỹ thuật "
            "khăn trải bàn; tích hợp giáo dục kỹ năng sống và ứng dụng công nghệ thông tin phù hợp với "
            "đặc điểm tâm sinh lý học sinh tiểu học."
        ),
        P(
            "Kết quả, Ban Tổ chức công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, "
            "trong đó có 38 giáo viên đạt giải xuất sắc."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/detail/tap-huan-ung-dung-tri-tue-nhan-tao-'
            'ai-trong-day-hoc-cho-giao-vien-thpt">Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học '
            "cho giáo viên THPT</a></p>"
        ),
        right(
            "<strong>Đào Thị Thu Thủy</strong><br />"
            "<em>(Phòng Giáo dục Mầm non - Tiểu học)</em>"
        ),
    ],
    opts={
        "posted": "2026-11-25 08:00",
        "tags": ["gdpt-2018"],
        "user": "gdth.thuy",
        "comments": [
            (
                "Cô giáo vùng cao",
                "2026-11-25 20:14",
                "Chúc mừng các thầy cô đạt giải. Mong Sở chia sẻ video các tiết dạy xuất sắc để giáo "
                "viên các trường học tập.",
            ),
            (
                "Hoàng Minh Đức",
                "2026-11-26 06:52",
                "Hội thi năm nay tổ chức rất chu đáo, công bằng.",
            ),
            (
                "Phạm Thị Thanh Nhàn",
                "2026-11-28 15:30",
                "Trường Tiểu học Nam Lý có 3 cô đạt giải xuất sắc, xin chúc mừng!",
            ),
        ],
    },
)

A4 = Story(
    id=1176,
    slug="nganh-giao-duc-quang-tri-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Ngành Giáo dục Quảng Trị kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T07:30:00+07:00",
    summary=(
        "Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà "
        "giáo tiêu biểu năm 2026. Đến dự có đồng chí Lê Thanh Bình, Phó Bí thư Tỉnh ủy."
    ),
    sapo_outside=True,
    authors=["Minh Châu"],
    photographers=["Lê Minh Tuấn"],
    blocks=[
        P(
            "Năm học 2025-2026 là năm học đầu tiên ngành Giáo dục tỉnh Quảng Trị triển khai nhiệm vụ "
            "sau khi hợp nhất hai tỉnh Quảng Bình và Quảng Trị, vận hành mô hình chính quyền địa phương "
            "hai cấp. Toàn ngành hiện có hơn 1.200 cơ sở giáo dục với trên 36.000 cán bộ quản lý, giáo "
            "viên, nhân viên."
        ),
        Img(f"{UP}/11/nhagiao-2011-01.jpg", "Ảnh: Lê Minh Tuấn", None, "next"),
        P(
            "Tại buổi lễ, 20 nhà giáo tiêu biểu được tuyên dương vì có nhiều đóng góp trong đổi mới "
            "phương pháp dạy học, bồi dưỡng học sinh giỏi và hỗ trợ học sinh vùng khó khăn. Nhiều thầy "
            "cô đã gắn bó hàng chục năm với các điểm trường vùng cao thuộc các xã Dân Hóa, Hướng Lập, "
            "A Dơi."
        ),
        P(
            "Thay mặt lãnh đạo tỉnh, đồng chí Lê Thanh Bình ghi nhận, biểu dương những nỗ lực của đội "
            "ngũ nhà giáo; đề nghị ngành tiếp tục thực hiện hiệu quả Luật Nhà giáo, chăm lo đời sống "
            "vật chất, tinh thần và tạo môi trường làm việc thuận lợi cho giáo viên."
        ),
        Img(f"{UP}/11/nhagiao-2011-02.jpg", "Ảnh: Lê Minh Tuấn", None, "next"),
        right("<strong>Minh Châu</strong>"),
    ],
    opts={"posted": "2026-11-20 07:30", "user": "bientap.sgd"},
)

A12 = Story(
    id=1173,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-mua-lu-ngay-17-11-2026",
    title="Thông báo cho học sinh nghỉ học để phòng, tránh mưa lũ ngày 17/11/2026",
    cat="thong-bao",
    published_at="2026-11-16T09:45:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Theo Công điện số 18/CĐ-UBND ngày 16/11/2026 của UBND tỉnh về việc chủ động ứng phó với "
            "mưa lũ, Sở GD&ĐT thông báo:"
        ),
        P(
            "- Cho học sinh mầm non, tiểu học, THCS, THPT và học viên các trung tâm GDNN-GDTX trên địa "
            "bàn tỉnh nghỉ học ngày 17/11/2026."
        ),
        P(
            "- Hiệu trưởng, giám đốc các đơn vị tổ chức trực 24/24 giờ; kiểm tra, gia cố cơ sở vật "
            "chất, di chuyển tài liệu, thiết bị dạy học lên nơi cao ráo."
        ),
        P(
            "- Thời gian đi học trở lại sẽ được Sở GD&ĐT thông báo cụ thể trên Cổng thông tin điện tử "
            "của Sở và các nhóm Zalo điều hành."
        ),
        P("Đề nghị các đơn vị thông tin kịp thời đến cha mẹ học sinh và nghiêm túc thực hiện./."),
        right("<strong>Văn phòng Sở</strong>"),
    ],
    opts={"posted": "2026-11-16 09:45", "tags": ["mua-lu"], "user": "quantri"},
)

A5 = Story(
    id=1170,
    slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-khac-phuc-hau-qua-mua-lu-tai-cac-truong-hoc",
    title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác khắc phục hậu quả mưa lũ tại các trường học",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T15:20:00+07:00",
    authors=["Phan Thị Mỹ Linh"],
    blocks=[
        P(
            "Ngày 12/11, Đoàn công tác của Bộ Giáo dục và Đào tạo do đồng chí Trần Minh Đức, Vụ trưởng "
            "Vụ Cơ sở vật chất làm trưởng đoàn đã kiểm tra công tác khắc phục hậu quả mưa lũ và tổ chức "
            "dạy học trở lại tại một số trường học trên địa bàn tỉnh."
        ),
        P(
            "Theo báo cáo của Sở GD&ĐT, đợt mưa lũ từ ngày 27/10 đến 04/11/2026 đã làm 214 trường học bị "
            "ngập, hư hỏng; nhiều thiết bị dạy học, sách giáo khoa, hồ sơ sổ sách bị cuốn trôi. Ước "
            "tính thiệt hại ban đầu khoảng 86 tỷ đồng."
        ),
        Img(
            f"{UP}/11/doan-bo-kiemtra-01.jpg",
            "Đoàn công tác kiểm tra thiết bị dạy học tại Trường Tiểu học Quảng Hòa",
            "Đoàn công tác kiểm tra thiết bị dạy học tại Trường Tiểu học Quảng Hòa",
            "fig",
        ),
        P(
            "Ngay sau khi nước rút, Sở GD&ĐT đã chỉ đạo các đơn vị khẩn trương thực hiện các nhiệm vụ:"
        ),
        P(
            "Huy động giáo viên, học sinh, cha mẹ học sinh và lực lượng vũ trang dọn dẹp, vệ sinh "
            "trường lớp;",
            "mso",
        ),
        P(
            "Rà soát, thống kê học sinh bị mất sách vở, đồ dùng học tập để có phương án hỗ trợ kịp thời;",
            "mso",
        ),
        P("Điều chỉnh kế hoạch dạy học, bảo đảm hoàn thành chương trình học kỳ I theo quy định.", "mso"),
        P(
            "Ghi nhận sự chủ động của ngành Giáo dục Quảng Trị, đồng chí Trần Minh Đức đề nghị Sở tổng "
            "hợp đầy đủ nhu cầu hỗ trợ để Bộ xem xét, bố trí kinh phí sửa chữa cơ sở vật chất và cấp bổ "
            "sung sách giáo khoa, thiết bị dạy học cho các trường bị thiệt hại."
        ),
        right("<strong>ThS. Phan Thị Mỹ Linh</strong> - Chánh Văn phòng Sở"),
    ],
    opts={"posted": "2026-11-12 15:20", "tags": ["mua-lu"], "user": "vanphong", "nfd": True},
)

A10 = Story(
    id=1162,
    slug="mot-so-giai-phap-nang-cao-chat-luong-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
    title=(
        "Một số giải pháp nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình giáo dục "
        "phổ thông 2018"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30T16:00:00+07:00",
    authors=["Lê Văn Hòa"],
    blocks=[
        Img(f"{FEAT}/ngu-van-gdpt-2018.jpg", None, None, "feat"),
        right("<em><strong>TS. Lê Văn Hòa</strong><br />Phó Trưởng phòng GDTrH, Sở GD&amp;ĐT</em>"),
        PH(
            "Chương trình giáo dục phổ thông 2018 môn Ngữ văn được xây dựng theo hướng phát triển năng "
            "lực, lấy các kỹ năng đọc, viết, nói và nghe làm trục chính xuyên suốt ba cấp học.[1] Sau "
            "5 năm triển khai ở cấp THPT, bên cạnh những kết quả đạt được, việc dạy học môn Ngữ văn "
            "vẫn còn một số hạn chế cần khắc phục.",
            markup=(
                "Chương trình giáo dục phổ thông 2018 môn Ngữ văn được xây dựng theo hướng phát triển "
                "năng lực, lấy các kỹ năng đọc, viết, nói và nghe làm trục chính xuyên suốt ba cấp học."
                '<a href="#_ftn1" name="_ftnref1" style="mso-footnote-id:ftn1" title=""><span '
                'class="MsoFootnoteReference"><span style="mso-special-character:footnote">[1]</span>'
                "</span></a> Sau 5 năm triển khai ở cấp THPT, bên cạnh những kết quả đạt được, việc dạy "
                "học môn Ngữ văn vẫn còn một số hạn chế cần khắc phục."
            ),
        ),
        P("1. Thực trạng", "h"),
        PH(
            "Qua kiểm tra, dự giờ tại 24 trường THPT năm học 2025-2026, có thể thấy nhiều giáo viên vẫn "
            "còn lệ thuộc vào ngữ liệu trong sách giáo khoa; việc sử dụng ngữ liệu mới ngoài sách giáo "
            "khoa trong kiểm tra, đánh giá định kỳ theo Thông tư số 22/2021/TT-BGDĐT[2] chưa đồng đều "
            "giữa các trường. Tỷ lệ học sinh đạt điểm từ 8,0 trở lên môn Ngữ văn trong kỳ thi tốt "
            "nghiệp THPT năm 2026 của tỉnh mới đạt 31,4%.",
            markup=(
                "Qua kiểm tra, dự giờ tại 24 trường THPT năm học 2025-2026, có thể thấy nhiều giáo viên "
                "vẫn còn lệ thuộc vào ngữ liệu trong sách giáo khoa; việc sử dụng ngữ liệu mới ngoài "
                "sách giáo khoa trong kiểm tra, đánh giá định kỳ theo Thông tư số 22/2021/TT-BGDĐT"
                '<a href="#_ftn2" name="_ftnref2" style="mso-footnote-id:ftn2" title=""><span '
                'class="MsoFootnoteReference"><span style="mso-special-character:footnote">[2]</span>'
                "</span></a> chưa đồng đều giữa các trường. Tỷ lệ học sinh đạt điểm từ 8,0 trở lên môn "
                "Ngữ văn trong kỳ thi tốt nghiệp THPT năm 2026 của tỉnh mới đạt 31,4%"
                '<sup><a href="#_ftn3" name="_ftnref3">3</a></sup>.'
            ),
        ),
        P("2. Một số giải pháp", "h"),
        P(
            "Thứ nhất, tăng cường dạy học đọc hiểu theo thể loại, hướng dẫn học sinh cách đọc một văn "
            "bản cụ thể để từ đó có thể tự đọc các văn bản cùng thể loại."
        ),
        P(
            "Thứ hai, đa dạng hóa ngữ liệu trong kiểm tra, đánh giá; xây dựng ngân hàng ngữ liệu dùng "
            "chung của tổ chuyên môn, cụm trường."
        ),
        P(
            "Thứ ba, đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học, chú trọng phân tích hoạt động "
            "học của học sinh thay vì chỉ nhận xét giờ dạy của giáo viên."
        ),
        P(
            "Thứ tư, khuyến khích học sinh đọc mở rộng thông qua câu lạc bộ đọc sách, tủ sách lớp học và "
            "các cuộc thi viết, thuyết trình về tác phẩm văn học."
        ),
        P("Chú thích", "h"),
        PH(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn (ban hành "
            "kèm theo Thông tư số 32/2018/TT-BGDĐT).",
            markup=(
                '<a href="#_ftnref1" name="_ftn1" style="mso-footnote-id:ftn1" title="">[1]</a> Bộ Giáo '
                "dục và Đào tạo (2018), <em>Chương trình giáo dục phổ thông môn Ngữ văn</em> (ban hành "
                "kèm theo Thông tư số 32/2018/TT-BGDĐT)."
            ),
        ),
        PH(
            "[2] Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 quy định về đánh giá học sinh trung học cơ "
            "sở và học sinh trung học phổ thông.",
            markup=(
                '<a href="#_ftnref2" name="_ftn2" style="mso-footnote-id:ftn2" title="">[2]</a> Thông tư '
                "số 22/2021/TT-BGDĐT ngày 20/7/2021 quy định về đánh giá học sinh trung học cơ sở và học "
                "sinh trung học phổ thông."
            ),
        ),
        PH(
            "3. Sở GD&ĐT Quảng Trị (2026), Báo cáo tổng kết năm học 2025-2026 cấp THPT.",
            markup=(
                '<a href="#_ftnref3" name="_ftn3">3</a>. Sở GD&amp;ĐT Quảng Trị (2026), <em>Báo cáo tổng '
                "kết năm học 2025-2026 cấp THPT</em>."
            ),
        ),
    ],
    opts={"posted": "2026-10-30 16:00", "tags": ["gdpt-2018"], "user": "gdtrh01", "fn": True},
)

A6 = Story(
    id=1158,
    slug="tuyen-duong-68-hoc-sinh-dat-thanh-tich-cao-trong-cac-ky-thi-quoc-gia-quoc-te",
    title=(
        "Tuyên dương 68 học sinh đạt thành tích cao trong các kỳ thi quốc gia, quốc tế "
        "năm học 2025-2026"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T10:00:00+07:00",
    summary=(
        "Chiều 21/10, UBND tỉnh tổ chức Lễ tuyên dương, khen thưởng học sinh đạt thành tích cao trong "
        "các kỳ thi chọn học sinh giỏi quốc gia, quốc tế và giáo viên có học sinh đạt giải năm học "
        "2025-2026."
    ),
    sapo_outside=True,
    authors=["Thanh Hải"],
    source="Báo Quảng Trị",
    blocks=[
        P(
            "Năm học 2025-2026, học sinh Quảng Trị đạt 62 giải trong Kỳ thi chọn học sinh giỏi quốc gia "
            "THPT, trong đó có 4 giải Nhất, 15 giải Nhì, 21 giải Ba và 22 giải Khuyến khích. Đặc biệt, "
            "em Hoàng Gia Bảo, học sinh lớp 12 chuyên Tin, Trường THPT chuyên Võ Nguyên Giáp giành Huy "
            "chương Bạc Olympic Tin học châu Á - Thái Bình Dương."
        ),
        Img(
            f"{UP}/10/tuyenduong-hsg-01.jpg",
            "Lãnh đạo tỉnh trao Bằng khen cho các học sinh đạt giải quốc gia, quốc tế",
            "Lãnh đạo tỉnh trao Bằng khen cho các học sinh đạt giải quốc gia, quốc tế",
            "fig",
        ),
        P(
            "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 68 học sinh và 41 giáo viên có thành tích "
            "xuất sắc trong công tác bồi dưỡng học sinh giỏi; tổng số tiền thưởng hơn 1,6 tỷ đồng."
        ),
        P(
            "Cũng tại buổi lễ, Quỹ Khuyến học tỉnh trao 20 suất học bổng, mỗi suất 5 triệu đồng cho các "
            "em học sinh đạt giải có hoàn cảnh khó khăn."
        ),
        right("<strong>Thanh Hải</strong>"),
        right(
            '<em>Nguồn: <a href="https://baoquangtri.vn/giao-duc/tuyen-duong-68-hoc-sinh-dat-thanh-tich-'
            'cao-198734.htm" target="_blank">Báo Quảng Trị</a></em>'
        ),
    ],
    opts={"posted": "2026-10-22 10:00", "user": "bientap.sgd"},
)

A13 = Story(
    id=1155,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-hoc-2026-2027-dot-2",
    title="Thông báo tuyển dụng viên chức giáo viên năm học 2026-2027 (đợt 2)",
    cat="thong-bao",
    published_at="2026-10-15T11:00:00+07:00",
    authors=["Phòng Tổ chức - Cán bộ"],
    blocks=[
        P(
            "Căn cứ Kế hoạch số 356/KH-UBND ngày 02/10/2026 của UBND tỉnh về tuyển dụng viên chức ngành "
            "Giáo dục năm 2026, Sở GD&ĐT thông báo tuyển dụng viên chức giáo viên đợt 2 đối với các "
            "trường THPT, trung tâm GDNN-GDTX trực thuộc Sở như sau:"
        ),
        P("1. Chỉ tiêu tuyển dụng: 87 chỉ tiêu, cụ thể:"),
        P("TT | Vị trí việc làm | Chỉ tiêu", "tr"),
        P("1 | Giáo viên Toán THPT | 14", "tr"),
        P("2 | Giáo viên Tin học THPT | 19", "tr"),
        P("3 | Giáo viên Tiếng Anh THPT | 21", "tr"),
        P("4 | Giáo viên Giáo dục thể chất | 12", "tr"),
        P("5 | Giáo viên Nghệ thuật (Âm nhạc, Mĩ thuật) | 21", "tr"),
        P(
            "2. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 16/10/2026 đến hết ngày 14/11/2026 "
            "(trong giờ hành chính)."
        ),
        P(
            "3. Địa điểm nhận phiếu: Phòng Tổ chức - Cán bộ, Sở GD&ĐT, số 15 Quang Trung, phường Đồng "
            "Hới, tỉnh Quảng Trị."
        ),
        Raw(
            '<p><img alt="" src="/src/Frontend/Core/Layout/images/icons/doc.gif" style="height:16px; '
            'width:16px" /> <a href="/src/Frontend/Files/userfiles/files/2026/10/Phieu-dang-ky-du-tuyen'
            '.docx">Phiếu đăng ký dự tuyển (tải về)</a></p>'
        ),
        right("<strong>Phòng Tổ chức - Cán bộ</strong>"),
    ],
    opts={"posted": "2026-10-15 11:00", "edited": "2026-10-20 14:05", "user": "quantri"},
)

A7 = Story(
    id=1149,
    slug="ra-quan-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-08T14:00:00+07:00",
    authors=["Hải Yến"],
    photographers=["Hải Yến"],
    blocks=[
        P(
            "Sáng 08/10, tại Trung tâm GDNN-GDTX Lệ Thủy, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh tổ "
            "chức Lễ ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời "
            "trong kỷ nguyên số”."
        ),
        P("Tuần lễ học tập suốt đời năm nay tập trung vào các hoạt động:"),
        PH(
            "Phát triển văn hóa đọc, xây dựng thư viện số tại cộng đồng;",
            markup="{E}Phát triển văn hóa đọc, xây dựng thư viện số tại cộng đồng;",
        ),
        PH(
            "Bồi dưỡng kỹ năng số cho người dân, nhất là người cao tuổi và lao động nông thôn;",
            markup="{E}Bồi dưỡng kỹ năng số cho người dân, nhất là người cao tuổi và lao động nông thôn;",
        ),
        PH(
            "Tôn vinh các gia đình, dòng họ, cộng đồng học tập tiêu biểu.",
            markup="{E}Tôn vinh các gia đình, dòng họ, cộng đồng học tập tiêu biểu.",
        ),
        Img(
            f"{UP}/10/tlhtsd-01.jpg",
            "Đại biểu tham quan gian trưng bày sách và học liệu số",
            "Đại biểu tham quan gian trưng bày sách và học liệu số",
            "fig",
        ),
        P(
            "Dịp này, Ban Tổ chức trao tặng 500 đầu sách cho thư viện các xã Lệ Thủy, Sen Ngư, Tân Mỹ và "
            "phát động phong trào “Mỗi ngày một trang sách” trong học sinh toàn tỉnh."
        ),
        P("Cùng đọc sách mỗi ngày nhé các bạn! 📚"),
        right("<strong>Tin, ảnh: Hải Yến</strong>"),
    ],
    opts={"posted": "2026-10-08 14:00", "user": "bientap.sgd"},
)

STORIES = [A1, A8, A2, A11, A3, A9, A4, A12, A5, A10, A6, A13, A7]
BY_SLUG = {s.slug: s for s in STORIES}


# --- markup of the post text (CKEditor 4 as the editors use it) ---------------------------------

EMOJI_IMG = (
    '<img alt="👉" class="emoji" height="16" src="/src/Frontend/Files/userfiles/images/emoji/'
    '1f449.png" width="16" /> '
)
MSO_BULLET = (
    '<span style="font-family:Symbol; mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">'
    '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
    "</span></span></span>"
)


def _t(story: Story, value: str) -> str:
    out = text(value, nfd=bool(story.opts.get("nfd")))
    if story.opts.get("nbsp"):
        out = out.replace(". ", ".&nbsp; ")
    return out


def _img_tag(img: Img, width: int = 680) -> str:
    return f'<img alt="" height="{width * 2 // 3}" src="{esc(img.src)}" width="{width}" />'


def render_image(img: Img) -> str:
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f"{_img_tag(img)}<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:680px"><tbody><tr><td>'
            f"{_img_tag(img)}</td></tr>"
            '<tr><td style="text-align:center"><span style="font-size:12px"><em>'
            f"{esc(img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center">{_img_tag(img)}</p>'
    if img.printed:
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def render_text(story: Story) -> str:
    """The post's CKEditor text (``item.text``): everything but the template's post image."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "feat")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif isinstance(b, PH):
            inner = b.markup.replace("{E}", EMOJI_IMG)
            out.append(f"<p>{inner}</p>")
        elif b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align:center; background:#dbe5f1"><p><strong>{_t(story, c)}'
                            "</strong></p></td>"
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td><p>{_t(story, c)}</p></td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse; '
                    'width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{_t(story, b.text)}</strong></h3>")
        elif b.style in ("b", "bp"):
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "bq":
            out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
        elif b.style == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt; text-align:justify; '
                'text-indent:-18.0pt; mso-list:l0 level1 lfo1">'
                f'{MSO_BULLET}<span lang="VI" style="font-size:14.0pt">{_t(story, b.text)}</span></p>'
            )
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{_t(story, b.text)}<br />\n{_t(story, nxt.text)}</p>'
            )
            i += 1
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def intro_html(story: Story) -> str:
    if story.summary and story.sapo_outside:
        return f"<p>{esc(story.summary)}</p>"
    return ""


def teaser(story: Story) -> str:
    """Fork listing: the introduction when filled, else the theme's 180-character cut of the
    text with its tags stripped (letterhead and signature lines included, as the theme does)."""
    if story.summary and story.sapo_outside:
        return story.summary
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", render_text(story)))
    words = plain.replace("\xa0", " ").split()
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > 180:
            break
        out = f"{out} {w}".strip()
    return out + "..."


# --- dates ---------------------------------------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def day_line(value: str) -> str:
    d = _dt(value)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def short(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


def utc_iso(value: str) -> str:
    return (_dt(value) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def ago(value: str) -> str:
    delta = datetime(2026, 12, 5, 10, 0) - _dt(value)
    if delta.days >= 1:
        return f"{delta.days} ngày trước"
    return f"{max(1, delta.seconds // 3600)} giờ trước"


def posted(story: Story) -> str:
    return story.opts["posted"]


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=posted, reverse=True)


def detail_path(story: Story) -> str:
    return f"/tin-tuc/detail/{story.slug}"


def cat_path(slug: str) -> str:
    return f"/tin-tuc/category/{slug}"


def thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return f"{THEME}/images/no-image.jpg"
    return "/media/cache/blog_thumb" + imgs[0].src


# --- chrome --------------------------------------------------------------------------------------

NAV = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/lien-he", "Thông tin liên hệ")]),
    (
        "/tin-tuc",
        "Tin tức",
        [(cat_path("tin-tuc-su-kien"), CATS["tin-tuc-su-kien"]), (cat_path("hoat-dong-chuyen-mon"), CATS["hoat-dong-chuyen-mon"])],
    ),
    ("/van-ban", "Văn bản", [("/van-ban", "Văn bản chỉ đạo điều hành")]),
    ("/lich-cong-tac", "Lịch công tác", []),
    ("/hoi-dap", "Hỏi đáp", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("https://dichvucong.gov.vn/p/home/dvc-tthc-co-quan.html?id=sgddt-qt", "Dịch vụ công", []),
    ("/lien-he", "Liên hệ", []),
]


def navigation(active: str) -> str:
    items = []
    for href, label, children in NAV:
        cls = ' class="selected"' if href == active else ""
        sub = ""
        if children:
            sub = '<ul class="sub">' + "".join(
                f'<li><a href="{h}" title="{esc(lab)}">{esc(lab)}</a></li>' for h, lab in children
            ) + "</ul>"
        target = ' target="_blank"' if href.startswith("http") else ""
        items.append(f'<li{cls}><a href="{esc(href)}" title="{esc(label)}"{target}>{esc(label)}</a>{sub}</li>')
    return '<nav id="navigation" class="menu-ngang"><ul class="lv1">' + "".join(items) + "</ul></nav>"


def breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<a href="/" title="Trang chủ">Trang chủ</a>']
    for href, label in trail:
        parts.append(f'<a href="{href}" title="{esc(label)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div id="breadcrumb" class="duong-dan"><p>' + ' <span class="sep">»</span> '.join(parts) + "</p></div>"


MOST_READ = ["A1", "A2", "A4", "A9", "A11"]


def sidebar() -> str:
    cats = "".join(
        f'<li><a href="{cat_path(slug)}" title="{esc(name)}">{esc(name)}</a> '
        f"({sum(1 for s in STORIES if s.cat == slug)})</li>"
        for slug, name in CATS.items()
    )
    newest = "".join(
        f'<li><a href="{detail_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="ngay">{short(posted(s))}</span></li>'
        for s in by_date(STORIES)[:5]
    )
    most = "".join(
        f'<li><span class="so">{n}</span><a href="{detail_path(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate(_most_read(), 1)
    )
    return f"""
<aside id="pos-right" class="col-r">
 <div class="widget wg-search">
  <form action="/tim-kiem" method="get" id="searchWidgetForm" class="forkForms">
   <input type="hidden" name="form" value="search_widget" />
   <input type="text" name="q_widget" id="qWidget" class="inputText autoSuggest" placeholder="Nhập từ khóa..." />
   <input type="submit" class="inputSubmit" value="Tìm" />
  </form>
 </div>
 <div class="widget wg-cat"><h3 class="wg-tit">Chuyên mục</h3><ul>{cats}</ul></div>
 <div class="widget wg-recent"><h3 class="wg-tit">Tin mới</h3><ul>{newest}</ul></div>
 <div class="widget wg-docnhieu"><h3 class="wg-tit">Tin đọc nhiều</h3><ol class="ds-docnhieu">{most}</ol></div>
 <div class="widget contentblock cb-27"><h3 class="wg-tit">Thông báo</h3>
  <div class="cb-noidung"><p><strong>Lịch tiếp công dân:</strong> Giám đốc Sở tiếp công dân định kỳ vào
  ngày 15 hằng tháng tại Trụ sở Sở GD&amp;ĐT (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp).</p>
  <p><a href="/hoi-dap">Gửi câu hỏi cho Sở GD&amp;ĐT</a></p></div>
 </div>
 <div class="widget wg-banner">
  <a href="https://moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" /></a>
  <a href="https://quangtri.gov.vn" target="_blank"><img src="{THEME}/images/banner-cong-ttdt-tinh.jpg" alt="Cổng TTĐT tỉnh Quảng Trị" /></a>
  <a href="https://csdl.moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-csdl-nganh.png" alt="CSDL ngành" /></a>
 </div>
 <div class="widget wg-lienket"><h3 class="wg-tit">Liên kết website</h3>
  <select onchange="if(this.value) window.open(this.value)">
   <option value="">-- Chọn website --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</option>
   <option value="https://thpt-vonguyengiap.edu.vn">THPT chuyên Võ Nguyên Giáp</option>
   <option value="https://thptchuyenlequydon-qt.edu.vn">THPT chuyên Lê Quý Đôn</option>
  </select>
 </div>
 <div class="widget wg-poll"><h3 class="wg-tit">Thăm dò ý kiến</h3>
  <form method="post" action="#binhchon" id="frmBinhChon">
   <p>Bạn đánh giá thế nào về việc tuyển sinh đầu cấp trực tuyến năm 2026?</p>
   <label><input type="radio" name="poll_7" value="1" /> Rất thuận tiện</label><br />
   <label><input type="radio" name="poll_7" value="2" /> Thuận tiện</label><br />
   <label><input type="radio" name="poll_7" value="3" /> Còn khó khăn</label><br />
   <input type="submit" value="Bình chọn" /> <a href="javascript:void(0)" onclick="xemKetQua(7)">Xem kết quả</a>
  </form>
 </div>
 <div class="widget wg-thongke"><h3 class="wg-tit">Thống kê truy cập</h3>
  <ul><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.254</b></li><li>Hôm qua: <b>2.087</b></li>
  <li>Tổng truy cập: <b>3.482.916</b></li></ul>
 </div>
</aside>"""


def _most_read() -> list[Story]:
    return [globals()[name] for name in MOST_READ]


FOOTER = f"""
<footer id="ftr">
 <div class="w1200 ft-in">
  <div class="ft-logo"><img src="{THEME}/images/logo-footer.png" alt="" /></div>
  <div class="ft-info">
   <p class="ten"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
   <p>Địa chỉ: Số 15 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</p>
   <p>Điện thoại: 0232.3822.541 - Fax: 0232.3822.540 - Email: <a href="mailto:sgddt@quangtri.gov.vn">sgddt@quangtri.gov.vn</a></p>
   <p>Chịu trách nhiệm chính: Ông Trần Quốc Khánh - Giám đốc Sở GD&amp;ĐT</p>
   <p>Giấy phép số 12/GP-TTĐT ngày 10/9/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị</p>
   <p class="copy">© 2026 Sở GD&amp;ĐT Quảng Trị. Ghi rõ nguồn "Cổng thông tin điện tử Sở GD&amp;ĐT Quảng Trị"
   khi phát hành lại thông tin từ website này.</p>
  </div>
  <div class="ft-social">
   <a href="https://www.facebook.com/sogddtquangtri" target="_blank"><img src="{THEME}/images/ico-fb.png" alt="Facebook" /></a>
   <a href="https://www.youtube.com/@sogddtquangtri" target="_blank"><img src="{THEME}/images/ico-yt.png" alt="YouTube" /></a>
   <a href="https://zalo.me/sogddtquangtri" target="_blank"><img src="{THEME}/images/ico-zalo.png" alt="Zalo" /></a>
  </div>
 </div>
 <div class="ft-bot">Thiết kế và phát triển bởi Công ty TNHH Giải pháp Số Miền Trung - Nền tảng <a href="https://www.fork-cms.com" target="_blank">Fork CMS</a></div>
</footer>
<script src="/src/Frontend/Core/Js/jquery/jquery.js?m=1688"></script>
<script src="/src/Frontend/Core/Js/frontend.js?m=1688"></script>
<script src="{THEME}/Js/sogdqt.js?m=1701"></script>
<script>
  jsFrontend.data.set('Core', {{"language":"vi"}});
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-45188723-1']); _gaq.push(['_trackPageview']);
</script>
"""


def page(
    request: Request,
    *,
    title: str,
    body: str,
    active: str = "/",
    crumbs: list[tuple[str | None, str]] | None = None,
    head_extra: str = "",
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị",
    page_id: int = 1,
    status: int = 200,
    canonical: str | None = None,
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    crumb_html = breadcrumb(crumbs) if crumbs is not None else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="generator" content="Fork CMS" />
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="Sở GD&amp;ĐT Quảng Trị, giáo dục, đào tạo, tuyển sinh" />
{canon}
{head_extra}
<link rel="alternate" type="application/rss+xml" title="Tin tức - Sở GD&amp;ĐT Quảng Trị" href="/tin-tuc/rss" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="stylesheet" href="/src/Frontend/Core/Layout/Css/jquery_ui/jquery_ui.css?m=1688" />
<link rel="stylesheet" href="{THEME}/Css/screen.css?m=1701" />
</head>
<body class="vi" id="page{page_id}" itemscope itemtype="http://schema.org/WebPage">
<div id="toppane"><div class="w1200">
 <span class="ngay-hom-nay">{TODAY_LINE}</span>
 <span class="tp-links"><a href="/tin-tuc/rss"><img src="{THEME}/images/rss.png" alt="" /> RSS</a> |
 <a href="/lien-he">Liên hệ</a> | <a href="/gioi-thieu">Giới thiệu</a></span>
</div></div>
<header id="hdr"><div class="w1200">
 <a href="/" id="logo" title="{SITE_NAME}"><img src="{THEME}/images/logo-sgd.png" alt="{SITE_NAME}" /></a>
 <div class="tenso"><span class="l1">UBND TỈNH QUẢNG TRỊ</span><span class="l2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></header>
{navigation(active)}
<div class="w1200">{crumb_html}</div>
<div id="ct" class="w1200 clearfix">
 <div id="pos-main" class="col-l">
{body}
 </div>
{sidebar()}
</div>
{FOOTER}
</body>
</html>"""
    return html(doc, status=status)


# --- blog pages ----------------------------------------------------------------------------------


def pagination(base: str, current: int, pages: int) -> str:
    """Fork core's Pagination template: every link ``rel="nofollow"``, page 1 as ``?page=1``."""
    if pages <= 1:
        return ""
    items = ['<li class="previousPage">']
    if current > 1:
        items.append(f'<a href="{base}?page={current - 1}" rel="prev nofollow" title="Trang trước">‹ Trang trước</a>')
    else:
        items.append("<span>‹ Trang trước</span>")
    items.append("</li>")
    for n in range(1, pages + 1):
        if n == current:
            items.append(f'<li class="currentPage"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{base}?page={n}" rel="nofollow" title="Đến trang {n}">{n}</a></li>')
    items.append('<li class="nextPage">')
    if current < pages:
        items.append(f'<a href="{base}?page={current + 1}" rel="next nofollow" title="Trang sau">Trang sau ›</a>')
    else:
        items.append("<span>Trang sau ›</span>")
    items.append("</li>")
    return '<nav class="mod pagination"><div class="inner"><div class="bd"><ul>' + "".join(items) + "</ul></div></div></nav>"


def listing_item(story: Story) -> str:
    return f"""
   <article class="mod tin-item">
    <a href="{detail_path(story)}" class="tin-anh"><img src="{thumb(story)}" alt="{esc(story.title)}" width="200" height="133" /></a>
    <h3><a href="{detail_path(story)}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
    <p class="tin-ngay">{day_line(posted(story))} {_dt(posted(story)):%H:%M} - <a href="{cat_path(story.cat)}">{esc(CATS[story.cat])}</a></p>
    <div class="bd content"><p>{esc(teaser(story))}</p></div>
    <a href="{detail_path(story)}" class="xemtiep">Xem tiếp »</a>
   </article>"""


def page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def blog_listing(request: Request, stories: list[Story], base: str, heading: str, crumbs, page_id: int) -> Response:
    stories = by_date(stories)
    pages = max(1, -(-len(stories) // PER_PAGE))
    current = page_number(request)
    if current > pages:
        return redirect("/404", 302)
    chunk = stories[(current - 1) * PER_PAGE : current * PER_PAGE]
    body = (
        f'<h1 class="pg-tit">{esc(heading)}</h1>\n<div id="blogIndex">'
        + "".join(listing_item(s) for s in chunk)
        + "</div>\n"
        + pagination(base, current, pages)
    )
    title = f"{heading} - Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
    return page(request, title=title, body=body, active="/tin-tuc", crumbs=crumbs, page_id=page_id, canonical=base)


def blog_index(request: Request) -> Response:
    return blog_listing(request, STORIES, "/tin-tuc", "Tin tức", [(None, "Tin tức")], 12)


def blog_category(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return redirect("/404", 302)
    stories = [s for s in STORIES if s.cat == slug]
    crumbs = [("/tin-tuc", "Tin tức"), (None, CATS[slug])]
    return blog_listing(request, stories, cat_path(slug), CATS[slug], crumbs, 12)


def comments_html(story: Story) -> str:
    comments = story.opts.get("comments", [])
    parts = []
    if comments:
        items = "".join(
            f"""
     <div id="comment-{story.id * 10 + n}" class="comment" itemprop="comment" itemscope itemtype="http://schema.org/UserComments">
      <meta itemprop="discusses" content="{esc(story.title)}" />
      <div class="imageHolder"><img src="/src/Frontend/Core/Layout/images/default_author_avatar.gif" width="48" height="48" alt="{esc(author)}" class="replaceWithGravatar" /></div>
      <div class="commentContent">
       <p class="commentAuthor" itemscope itemtype="http://schema.org/Person"><span itemprop="creator name">{esc(author)}</span>
       đã viết <time itemprop="commentTime" datetime="{_dt(when):%Y-%m-%dT%H:%M:%S}">{ago(when)}</time></p>
       <div class="commentText content" itemprop="commentText"><p>{esc(said)}</p></div>
      </div>
     </div>"""
            for n, (author, when, said) in enumerate(comments, 1)
        )
        parts.append(
            '<section id="blogComments" class="mod"><div class="inner"><header class="hd">'
            f'<h3 id="binh-luan">Ý kiến bạn đọc ({len(comments)})</h3></header><div class="bd content">{items}'
            "</div></div></section>"
        )
    parts.append(
        f"""
  <section id="blogCommentForm" class="mod"><div class="inner">
   <header class="hd"><h3 id="gui-binh-luan">Gửi ý kiến của bạn</h3></header>
   <div class="bd">
    <form action="{detail_path(story)}#gui-binh-luan" method="post" id="commentsForm">
     <input type="hidden" name="form" value="commentsForm" />
     <input type="hidden" name="form_token" value="a3f9c0e1b27d4e5f8a6b9c0d1e2f3a4b" />
     <p><label for="author">Họ tên<abbr title="Bắt buộc">*</abbr></label> <input type="text" id="author" name="author" maxlength="255" class="inputText" /></p>
     <p><label for="email">Email<abbr title="Bắt buộc">*</abbr></label> <input type="email" id="email" name="email" maxlength="255" class="inputText" /></p>
     <p class="bigInput"><label for="message">Nội dung<abbr title="Bắt buộc">*</abbr></label> <textarea id="message" name="message" cols="62" rows="5"></textarea></p>
     <p><input class="inputSubmit" type="submit" name="comment" value="Gửi ý kiến" /></p>
     <p class="ghichu"><em>Ý kiến của bạn sẽ được Ban biên tập duyệt trước khi đăng.</em></p>
    </form>
   </div>
  </div></section>"""
    )
    return "".join(parts)


HOTLINE = """
  <div class="contentblock cb-31">
   <p style="text-align: justify;"><em>Mọi ý kiến phản ánh, kiến nghị liên quan đến hoạt động giáo dục và
   đào tạo trên địa bàn tỉnh, xin gửi về Đường dây nóng của Sở GD&amp;ĐT: 0232.3822.555 hoặc email
   duongdaynong.sgddt@quangtri.gov.vn.</em></p>
  </div>"""


def article_header(story: Story, views: bool = True) -> str:
    when = posted(story)
    edited = story.opts.get("edited")
    edited_li = f'<li class="tg-cn">Cập nhật: {short(edited)} {_dt(edited):%H:%M}</li>' if edited else ""
    n = len(story.opts.get("comments", []))
    return f"""
    <ul class="bv-thongtin">
     {edited_li}
     <li class="tg-dang"><i class="icon-clock"></i> <time itemprop="datePublished" datetime="{_dt(when):%Y-%m-%dT%H:%M:%S}">{_dt(when):%H:%M} | {day_line(when)}</time></li>
     <li class="nguoi-dang">Người đăng: {esc(story.opts.get("user", "quantri"))}</li>
     <li>Chuyên mục: <a itemprop="articleSection" href="{cat_path(story.cat)}" title="{esc(CATS[story.cat])}">{esc(CATS[story.cat])}</a></li>
     {f'<li class="luot-xem">Lượt xem: {story.views()}</li>' if views else ""}
     {f'<li><a href="{detail_path(story)}#binh-luan" itemprop="discussionUrl">{n} ý kiến</a></li>' if n else ""}
    </ul>"""


def article_body(story: Story) -> str:
    feat = next((i for i in story.images if i.style == "feat"), None)
    intro = intro_html(story)
    parts = []
    if intro:
        parts.append(f'<div class="tomtat-bv">{intro}</div>')
    if feat:
        parts.append(f'<img src="{esc(feat.src)}" alt="{esc(story.title)}" itemprop="image" class="anh-dd" />')
    parts.append(render_text(story))
    return "\n".join(parts)


def blog_detail(request: Request, story: Story) -> Response:
    base = base_url(request)
    tags = story.opts.get("tags", [])
    tag_html = ""
    if tags:
        links = ", ".join(f'<a href="/tu-khoa/detail/{t}" rel="tag" title="{esc(TAGS[t])}">{esc(TAGS[t])}</a>' for t in tags)
        tag_html = f'<div class="bv-tukhoa"><span>Từ khóa:</span> <span itemprop="keywords">{links}</span></div>'
    others = [s for s in by_date([s for s in STORIES if s.cat == story.cat])[:5] if s is not story][:4]
    others_html = "".join(
        f'<li><a href="{detail_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <span class="ngay">({short(posted(s))})</span></li>'
        for s in others
    )
    related = [s for s in by_date(STORIES) if s is not story and set(s.opts.get("tags", [])) & set(tags)][:3]
    related_html = ""
    if related:
        related_html = (
            '<div class="tin-lien-quan"><h3 class="khung-tit">Tin liên quan</h3><ul>'
            + "".join(f'<li><a href="{detail_path(s)}">{esc(s.title)}</a></li>' for s in related)
            + "</ul></div>"
        )
    share_url = quote(base + detail_path(story), safe="")
    body = f"""
  <h1 class="pg-tit">Tin tức</h1>
  <div id="blogDetail">
   <article class="mod article" itemscope itemtype="http://schema.org/Blog">
    <div class="inner">
    <meta itemprop="interactionCount" content="UserComments:{len(story.opts.get("comments", []))}" />
    <meta itemprop="author" content="{esc(story.opts.get("user", "quantri"))}" />
    <header class="hd">
     <h2 itemprop="name" class="bv-tieude">{esc(story.title)}</h2>
     {article_header(story)}
     <div class="cong-cu">
      <a href="javascript:void(0)" class="co-chu" data-size="-1">A-</a> <a href="javascript:void(0)" class="co-chu" data-size="1">A+</a>
      <a href="?print=true" rel="nofollow" target="_blank" class="in-bai"><img src="{THEME}/images/ico-print.png" alt="" /> In bài</a>
      <a href="mailto:?subject={quote(story.title)}&amp;body={share_url}" class="gui-mail"><img src="{THEME}/images/ico-mail.png" alt="" /> Gửi email</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="share"><img src="{THEME}/images/ico-fb-share.png" alt="" /> Chia sẻ</a>
     </div>
    </header>
    <div class="bd content" itemprop="articleBody">
{article_body(story)}
    </div>
    {tag_html}
    <footer class="ft"></footer>
    </div>
   </article>
{HOTLINE}
{comments_html(story)}
  </div>
  <div class="cac-tin-khac"><h3 class="khung-tit">Các tin khác</h3><ul>{others_html}</ul></div>
  {related_html}"""
    feat = next((i for i in story.images if i.style == "feat"), None)
    head = f"""<meta property="og:title" content="{esc(story.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{base}{detail_path(story)}" />
<meta property="og:site_name" content="{SITE_NAME}" />
{f'<meta property="og:image" content="{base}{feat.src}" />' if feat else ""}
<meta property="article:published_time" content="{utc_iso(posted(story))}" />"""
    crumbs = [("/tin-tuc", "Tin tức"), (cat_path(story.cat), CATS[story.cat]), (None, story.title)]
    return page(
        request,
        title=f"{story.title} - Tin tức - {SITE_NAME}",
        body=body,
        active="/tin-tuc",
        crumbs=crumbs,
        head_extra=head,
        description=teaser(story),
        page_id=12,
        canonical=detail_path(story),
    )


def print_view(request: Request, story: Story) -> Response:
    base = base_url(request)
    when = posted(story)
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)} - {SITE_NAME}</title>
<meta name="robots" content="noindex, follow" />
<link rel="canonical" href="{base}{detail_path(story)}" />
<link rel="stylesheet" href="{THEME}/Css/print.css" media="all" />
</head>
<body class="ban-in" onload="window.print()">
<div class="in-dau"><img src="{THEME}/images/logo-sgd.png" alt="" /> <strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></div>
<div class="in-noidung">
 <h1>{esc(story.title)}</h1>
 <p class="in-ngay">{_dt(when):%H:%M} | {day_line(when)}</p>
 <div class="in-bv">
{article_body(story)}
 </div>
 <p class="in-url">Địa chỉ bài viết: {base}{detail_path(story)}</p>
</div>
<p class="in-ft">© 2026 Sở GD&amp;ĐT Quảng Trị - Số 15 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</p>
</body></html>"""
    return html(doc)


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
  <item>
   <title>{esc(s.title)}</title>
   <link>{base}{detail_path(s)}</link>
   <description>{esc(teaser(s))}</description>
   <pubDate>{(_dt(posted(s)) - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate>
   <guid isPermaLink="false">{s.id}</guid>
   <category>{esc(CATS[s.cat])}</category>
  </item>"""
        for s in by_date(STORIES)[:10]
    )
    doc = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
 <channel>
  <title>Tin tức - {SITE_NAME}</title>
  <link>{base}/tin-tuc</link>
  <description>Tin tức - {SITE_NAME}</description>
  <language>vi</language>
  <atom:link href="{base}/tin-tuc/rss" rel="self" type="application/rss+xml" />{items}
 </channel>
</rss>"""
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    stories = by_date([s for s in STORIES if tag in s.opts.get("tags", [])])
    rows = "".join(f'<li><a href="{detail_path(s)}">{esc(s.title)}</a></li>' for s in stories)
    body = f"""
  <h1 class="pg-tit">Từ khóa</h1>
  <section id="tagsDetail" class="mod"><div class="inner">
   <header class="hd"><h3>Các mục được gắn từ khóa “{esc(TAGS[tag])}”</h3></header>
   <div class="bd"><h4>Tin tức</h4><ul>{rows}</ul>
   <p><a href="/tin-tuc" title="Về trang tin tức">« Về trang tin tức</a></p></div>
  </div></section>"""
    return page(
        request,
        title=f"{TAGS[tag]} - Từ khóa - {SITE_NAME}",
        body=body,
        crumbs=[(None, "Từ khóa"), (None, TAGS[tag])],
        page_id=21,
    )


# --- home ----------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    slides = [A1, A8, A4]
    slider = "".join(
        f"""
    <div class="sl-item"><a href="{detail_path(s)}"><img src="/media/cache/slider{s.images[0].src}" alt="{esc(s.title)}" /></a>
     <div class="sl-cap"><h3><a href="{detail_path(s)}">{esc(s.title)}</a></h3><p>{esc(teaser(s))}</p></div></div>"""
        for s in slides
    )

    def box(slug: str, count: int, cls: str) -> str:
        items = by_date([s for s in STORIES if s.cat == slug])[:count]
        first, rest = items[0], items[1:]
        rest_html = "".join(
            f'<li><a href="{detail_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <span class="ngay">({short(posted(s))})</span></li>'
            for s in rest
        )
        return f"""
   <div class="khung {cls}">
    <h2 class="khung-tit"><a href="{cat_path(slug)}">{esc(CATS[slug])}</a></h2>
    <div class="k-noibat"><a href="{detail_path(first)}"><img src="{thumb(first)}" alt="" /></a>
     <h3><a href="{detail_path(first)}">{esc(first.title)}</a></h3><p>{esc(teaser(first))}</p></div>
    <ul class="k-ds">{rest_html}</ul>
    <a class="xemtatca" href="{cat_path(slug)}">Xem tất cả »</a>
   </div>"""

    docs = "".join(
        f'<li><a href="/van-ban/detail/{d["slug"]}">{esc(d["so"])}</a> - {esc(d["trich_yeu"])}</li>' for d in DOCS
    )
    body = f"""
  <div id="pos-top" class="slider-noibat">{slider}</div>
  {box("tin-tuc-su-kien", 4, "k-tintuc")}
  {box("hoat-dong-chuyen-mon", 3, "k-chuyenmon")}
  {box("thong-bao", 3, "k-thongbao")}
  <div class="khung k-vanban"><h2 class="khung-tit"><a href="/van-ban">Văn bản mới</a></h2><ul>{docs}</ul></div>
  <div class="khung k-video"><h2 class="khung-tit">Video</h2>
   <iframe width="100%" height="260" src="https://www.youtube.com/embed/Xq2vB7tLrZk" title="Lễ khai giảng năm học 2026-2027" frameborder="0" allowfullscreen></iframe>
  </div>
  <div class="khung k-album"><h2 class="khung-tit"><a href="/thu-vien-anh">Thư viện ảnh</a></h2>
   <a href="/thu-vien-anh/detail/hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-i"><img src="/media/cache/album{UP}/11/album-hkpd-01.jpg" alt="Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I" /></a>
  </div>"""
    return page(request, title=SITE_NAME, body=body, active="/", crumbs=None, page_id=1, canonical="/")


# --- pages that are not articles ------------------------------------------------------------------

DOCS = [
    {
        "slug": "quyet-dinh-ban-hanh-ke-hoach-thoi-gian-nam-hoc-2026-2027",
        "so": "2871/QĐ-UBND",
        "loai": "Quyết định",
        "ngay": "12/08/2026",
        "hieuluc": "12/08/2026",
        "coquan": "UBND tỉnh Quảng Trị",
        "ky": "Hoàng Văn Sơn",
        "trich_yeu": "Ban hành Kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, giáo dục phổ "
        "thông và giáo dục thường xuyên trên địa bàn tỉnh Quảng Trị",
        "file": "QD-2871-KHTGNH-2026-2027.pdf",
    },
    {
        "slug": "huong-dan-thuc-hien-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        "so": "1902/SGDĐT-GDTrH",
        "loai": "Công văn",
        "ngay": "18/09/2026",
        "hieuluc": "18/09/2026",
        "coquan": "Sở GD&ĐT Quảng Trị",
        "ky": "Nguyễn Đức Thắng",
        "trich_yeu": "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "file": "CV-1902-HD-NVGDTrH-2026-2027.pdf",
    },
]
FAQS = [
    {
        "slug": "hoc-sinh-chuyen-truong-tu-tinh-khac-ve-can-ho-so-gi",
        "q": "Học sinh chuyển trường từ tỉnh khác về Quảng Trị cần hồ sơ gì?",
        "asker": "Nguyễn Thị Hằng (phường Đông Hà)",
        "date": "12/11/2026",
        "a": [
            "Theo Quyết định số 51/2002/QĐ-BGDĐT và các văn bản sửa đổi, bổ sung, hồ sơ chuyển trường "
            "đối với học sinh THCS, THPT gồm: đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký; học "
            "bạ (bản chính hoặc học bạ số); giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi "
            "đi cấp.",
            "Phụ huynh nộp hồ sơ trực tiếp tại trường nơi đến hoặc qua Cổng Dịch vụ công quốc gia. Nhà "
            "trường nơi đến có trách nhiệm tiếp nhận và trả lời trong thời hạn 03 ngày làm việc.",
        ],
    },
    {
        "slug": "giao-vien-hop-dong-co-duoc-xet-thang-hang-chuc-danh-nghe-nghiep-khong",
        "q": "Giáo viên hợp đồng có được xét thăng hạng chức danh nghề nghiệp không?",
        "asker": "Trần Văn Nam (xã Hải Lăng)",
        "date": "03/11/2026",
        "a": [
            "Việc xét thăng hạng chức danh nghề nghiệp chỉ áp dụng đối với viên chức đang giữ hạng chức "
            "danh nghề nghiệp giáo viên. Giáo viên làm việc theo hợp đồng lao động chưa phải là viên "
            "chức nên chưa thuộc đối tượng xét thăng hạng.",
        ],
    },
]


def doc_page(request: Request, slug: str) -> Response | None:
    d = next((d for d in DOCS if d["slug"] == slug), None)
    if d is None:
        return redirect("/404", 302)
    body = f"""
  <h1 class="pg-tit">Văn bản</h1>
  <div class="vb-chitiet">
   <table class="tbl-vb" border="1" cellpadding="6" cellspacing="0">
    <tr><td class="nhan">Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>
    <tr><td class="nhan">Loại văn bản</td><td>{esc(d["loai"])}</td></tr>
    <tr><td class="nhan">Ngày ban hành</td><td>{d["ngay"]}</td></tr>
    <tr><td class="nhan">Ngày hiệu lực</td><td>{d["hieuluc"]}</td></tr>
    <tr><td class="nhan">Cơ quan ban hành</td><td>{esc(d["coquan"])}</td></tr>
    <tr><td class="nhan">Người ký</td><td>{esc(d["ky"])}</td></tr>
    <tr><td class="nhan">Trích yếu</td><td>{esc(d["trich_yeu"])}</td></tr>
    <tr><td class="nhan">File đính kèm</td><td><a href="/src/Frontend/Files/userfiles/files/vanban/{d["file"]}"><img src="/src/Frontend/Core/Layout/images/icons/pdf.gif" alt="" /> {d["file"]}</a></td></tr>
   </table>
   <p><a href="/van-ban">« Danh sách văn bản</a></p>
  </div>"""
    return page(
        request,
        title=f"{d['so']} - Văn bản - {SITE_NAME}",
        body=body,
        active="/van-ban",
        crumbs=[("/van-ban", "Văn bản"), (None, d["so"])],
        page_id=31,
    )


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/van-ban/detail/{d["slug"]}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td>{esc(d["trich_yeu"])}</td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    body = f"""
  <h1 class="pg-tit">Văn bản chỉ đạo điều hành</h1>
  <form action="/van-ban" method="get" class="vb-loc"><input type="text" name="tukhoa" placeholder="Số ký hiệu, trích yếu..." />
   <select name="loai"><option value="">-- Loại văn bản --</option><option value="qd">Quyết định</option><option value="cv">Công văn</option></select>
   <input type="submit" value="Tìm văn bản" /></form>
  <table class="tbl-dsvb" border="1" cellpadding="5" cellspacing="0">
   <tr><th>TT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}
  </table>"""
    return page(request, title=f"Văn bản - {SITE_NAME}", body=body, active="/van-ban", crumbs=[(None, "Văn bản")], page_id=31)


def faq_page(request: Request, slug: str) -> Response | None:
    f = next((f for f in FAQS if f["slug"] == slug), None)
    if f is None:
        return redirect("/404", 302)
    answer = "".join(f"<p>{esc(p)}</p>" for p in f["a"])
    others = "".join(f'<li><a href="/hoi-dap/detail/{o["slug"]}">{esc(o["q"])}</a></li>' for o in FAQS if o is not f)
    body = f"""
  <h1 class="pg-tit">Hỏi đáp</h1>
  <article id="faqDetail" class="mod">
   <header class="hd"><h2 class="cauhoi">{esc(f["q"])}</h2>
    <p class="hd-info">Người hỏi: {esc(f["asker"])} - Ngày gửi: {f["date"]} - Lĩnh vực: <a href="/hoi-dap">Giáo dục trung học</a></p></header>
   <div class="bd content"><p><strong>Trả lời:</strong></p>{answer}</div>
   <div class="faq-feedback"><form method="post" action="/hoi-dap/detail/{slug}"><p>Câu trả lời này có hữu ích với bạn không?
    <label><input type="radio" name="useful" value="Y" /> Có</label> <label><input type="radio" name="useful" value="N" /> Không</label>
    <input type="submit" value="Gửi" /></p></form></div>
  </article>
  <div class="cac-tin-khac"><h3 class="khung-tit">Các câu hỏi khác</h3><ul>{others}</ul></div>"""
    return page(
        request,
        title=f"{f['q']} - Hỏi đáp - {SITE_NAME}",
        body=body,
        active="/hoi-dap",
        crumbs=[("/hoi-dap", "Hỏi đáp"), (None, f["q"])],
        page_id=41,
    )


def faq_list(request: Request) -> Response:
    rows = "".join(
        f'<li><a href="/hoi-dap/detail/{f["slug"]}">{esc(f["q"])}</a> <span class="ngay">({f["date"]})</span></li>' for f in FAQS
    )
    body = f"""
  <h1 class="pg-tit">Hỏi đáp</h1>
  <section id="faqIndex" class="mod"><h3>Giáo dục trung học</h3><ul>{rows}</ul></section>
  <section class="mod"><h3>Gửi câu hỏi</h3>
   <form method="post" action="/hoi-dap" id="frmGuiCauHoi">
    <p><label>Họ tên <input type="text" name="hoten" /></label></p>
    <p><label>Email <input type="email" name="email" /></label></p>
    <p><label>Câu hỏi <textarea name="cauhoi" rows="4" cols="50"></textarea></label></p>
    <p><input type="submit" value="Gửi câu hỏi" /></p>
   </form></section>"""
    return page(request, title=f"Hỏi đáp - {SITE_NAME}", body=body, active="/hoi-dap", crumbs=[(None, "Hỏi đáp")], page_id=41)


ALBUM_SLUG = "hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-i"
ALBUM = [
    ("album-hkpd-01.jpg", "Lễ rước đuốc tại Lễ khai mạc"),
    ("album-hkpd-02.jpg", "Đồng diễn thể dục của học sinh Trường Tiểu học Đồng Hới"),
    ("album-hkpd-03.jpg", "Thi đấu môn Kéo co"),
    ("album-hkpd-04.jpg", "Thi đấu môn Cờ vua"),
    ("album-hkpd-05.jpg", "Trao huy chương môn Điền kinh"),
]


def album_page(request: Request, slug: str) -> Response | None:
    if slug != ALBUM_SLUG:
        return redirect("/404", 302)
    photos = "".join(
        f'<li><a href="{UP}/11/{f}" class="fancybox" rel="album"><img src="/media/cache/album{UP}/11/{f}" alt="{esc(c)}" /></a>'
        f"<span>{esc(c)}</span></li>"
        for f, c in ALBUM
    )
    body = f"""
  <h1 class="pg-tit">Thư viện ảnh</h1>
  <div class="album-ct"><h2>Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026</h2>
   <p class="album-info">5 ảnh - Cập nhật: 29/11/2026</p>
   <ul class="album-anh">{photos}</ul></div>"""
    return page(
        request,
        title=f"Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I - Thư viện ảnh - {SITE_NAME}",
        body=body,
        active="/thu-vien-anh",
        crumbs=[("/thu-vien-anh", "Thư viện ảnh"), (None, "Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I")],
        page_id=51,
    )


def album_list(request: Request) -> Response:
    body = f"""
  <h1 class="pg-tit">Thư viện ảnh</h1>
  <ul class="ds-album"><li><a href="/thu-vien-anh/detail/{ALBUM_SLUG}"><img src="/media/cache/album{UP}/11/album-hkpd-01.jpg" alt="" />
   <span>Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026 (5 ảnh)</span></a></li></ul>"""
    return page(request, title=f"Thư viện ảnh - {SITE_NAME}", body=body, active="/thu-vien-anh", crumbs=[(None, "Thư viện ảnh")], page_id=51)


def intro_page(request: Request) -> Response:
    body = """
  <h1 class="pg-tit">Giới thiệu chung</h1>
  <div class="content">
   <p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Quảng Trị là cơ quan chuyên môn thuộc Ủy ban nhân dân
   tỉnh, có chức năng tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm:
   mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn
   cơ sở vật chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
   <p style="text-align: justify;">Sở được tổ chức lại theo Quyết định số 05/QĐ-UBND ngày 01/7/2025 của UBND tỉnh
   Quảng Trị trên cơ sở hợp nhất Sở GD&amp;ĐT tỉnh Quảng Bình và Sở GD&amp;ĐT tỉnh Quảng Trị.</p>
   <h3>Lãnh đạo Sở</h3>
   <table border="1" cellpadding="5" cellspacing="0">
    <tr><td>Ông Trần Quốc Khánh</td><td>Giám đốc</td><td>0232.3822.500</td></tr>
    <tr><td>Ông Nguyễn Đức Thắng</td><td>Phó Giám đốc</td><td>0232.3822.501</td></tr>
    <tr><td>Bà Võ Thị Thanh Hương</td><td>Phó Giám đốc</td><td>0232.3822.502</td></tr>
   </table>
   <h3>Các phòng chuyên môn</h3>
   <ul><li>Văn phòng Sở</li><li>Phòng Tổ chức - Cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>
   <li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học (GDTrH)</li>
   <li>Phòng GDNN-GDTX</li><li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>
  </div>"""
    return page(
        request, title=f"Giới thiệu chung - {SITE_NAME}", body=body, active="/gioi-thieu", crumbs=[(None, "Giới thiệu")], page_id=2
    )


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    msg = '<div class="message success"><p>Cảm ơn bạn đã gửi thông tin. Chúng tôi sẽ phản hồi sớm nhất.</p></div>' if sent else ""
    body = f"""
  <h1 class="pg-tit">Liên hệ</h1>
  <div class="content">
   <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
   <p>Địa chỉ: Số 15 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị<br />Điện thoại: 0232.3822.541 - Fax: 0232.3822.540<br />
   Email: sgddt@quangtri.gov.vn</p>
  </div>
  <div id="locationMap" class="mod"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3822.5!2d106.62!3d17.47" width="100%" height="320" style="border:0" loading="lazy"></iframe></div>
  {msg}
  <section id="formbuilder-3" class="mod"><h3>Gửi thông tin liên hệ</h3>
   <form method="post" action="/lien-he#formbuilder-3" id="form3">
    <input type="hidden" name="form" value="form3" />
    <p><label for="name">Họ tên *</label> <input type="text" id="name" name="name" /></p>
    <p><label for="email2">Email *</label> <input type="email" id="email2" name="email" /></p>
    <p><label for="noidung">Nội dung *</label> <textarea id="noidung" name="noidung" rows="5" cols="50"></textarea></p>
    <p><input type="submit" value="Gửi" name="submit" /></p>
   </form></section>"""
    return page(request, title=f"Liên hệ - {SITE_NAME}", body=body, active="/lien-he", crumbs=[(None, "Liên hệ")], page_id=3)


CALENDAR = [
    ("Thứ Hai, 30/11/2026", "07h30", "Giám đốc Sở dự họp giao ban UBND tỉnh", "Phòng họp UBND tỉnh"),
    ("Thứ Hai, 30/11/2026", "14h00", "Phó Giám đốc Nguyễn Đức Thắng họp Ban chỉ đạo thi HSG cấp tỉnh", "Phòng họp số 2"),
    ("Thứ Ba, 01/12/2026", "08h00", "Khai giảng lớp tập huấn ứng dụng AI trong dạy học", "Trường THPT chuyên Võ Nguyên Giáp"),
    ("Thứ Tư, 02/12/2026", "08h00", "Lãnh đạo Sở dự lễ trao học bổng “Tiếp sức đến trường”", "Trường THCS Hải Lăng"),
    ("Thứ Năm, 03/12/2026", "Cả ngày", "Kiểm tra công tác dạy học sau mưa lũ tại các xã phía Nam", "Các xã Vĩnh Định, Hải Lăng"),
    ("Thứ Sáu, 04/12/2026", "14h00", "Hội nghị tổng kết công tác chuyển đổi số năm 2026", "Hội trường Sở"),
    ("Thứ Bảy, 05/12/2026", "", "Trực cơ quan: Văn phòng Sở", ""),
]


def calendar_page(request: Request) -> Response:
    rows = "".join(f"<tr><td>{d}</td><td>{t}</td><td>{esc(w)}</td><td>{esc(p)}</td></tr>" for d, t, w, p in CALENDAR)
    body = f"""
  <h1 class="pg-tit">Lịch công tác</h1>
  <div class="content">
   <h2 style="text-align:center">LỊCH CÔNG TÁC CỦA LÃNH ĐẠO SỞ<br />Tuần 49 (từ 30/11/2026 đến 06/12/2026)</h2>
   <table border="1" cellpadding="5" cellspacing="0" style="width:100%">
    <tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}
   </table>
   <p><em>Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>
  </div>"""
    return page(
        request, title=f"Lịch công tác - {SITE_NAME}", body=body, active="/lich-cong-tac", crumbs=[(None, "Lịch công tác")], page_id=5
    )


def search_page(request: Request) -> Response:
    q = (request.params.get("q") or request.params.get("q_widget") or "").strip()
    results = ""
    if q:
        hits = [s for s in by_date(STORIES) if q.lower() in s.title.lower()][:PER_PAGE]
        results = f"<p>Có {len(hits)} kết quả cho “{esc(q)}”</p><ul>" + "".join(
            f'<li><a href="{detail_path(s)}">{esc(s.title)}</a></li>' for s in hits
        ) + "</ul>"
    body = f"""
  <h1 class="pg-tit">Tìm kiếm</h1>
  <form action="/tim-kiem" method="get" id="searchForm"><input type="hidden" name="form" value="search" />
   <input type="text" name="q" value="{esc(q)}" /> <input type="submit" value="Tìm kiếm" /></form>
  <div id="searchResults">{results}</div>"""
    return page(request, title=f"Tìm kiếm - {SITE_NAME}", body=body, crumbs=[(None, "Tìm kiếm")], page_id=6)


def not_found(request: Request) -> Response:
    body = """
  <h1 class="pg-tit">404</h1>
  <div class="content"><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>
  <p><a href="/">Về trang chủ</a> hoặc dùng chức năng tìm kiếm.</p></div>"""
    return page(request, title=f"404 - {SITE_NAME}", body=body, crumbs=[(None, "404")], page_id=404, status=404)


ROBOTS = "User-agent: *\nDisallow: /private/\nDisallow: /backend/\nDisallow: /tim-kiem\n"


class ForkSite:
    """Fork CMS's front controller, as much of it as the portal needs."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/src/", "/media/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".docx"):
                return Response(200, b"PK\x03\x04", {"Content-Type": "application/octet-stream"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path != "/" and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        parts = path.strip("/").split("/")
        if path == "/":
            return home(request)
        head = parts[0]
        if head == "tin-tuc":
            if len(parts) == 1:
                return blog_index(request)
            if len(parts) == 2 and parts[1] == "rss":
                return rss(request)
            if len(parts) == 3 and parts[1] == "category":
                return blog_category(request, parts[2])
            if len(parts) == 3 and parts[1] == "detail":
                story = BY_SLUG.get(parts[2])
                if story is None:
                    return redirect("/404", 302)
                if request.params.get("print") == "true":
                    return print_view(request, story)
                return blog_detail(request, story)
            return None
        if head == "tu-khoa" and len(parts) == 3 and parts[1] == "detail":
            return tag_page(request, parts[2])
        if head == "van-ban":
            if len(parts) == 1:
                return doc_list(request)
            if len(parts) == 3 and parts[1] == "detail":
                return doc_page(request, parts[2])
            return None
        if head == "hoi-dap":
            if len(parts) == 1:
                return faq_list(request)
            if len(parts) == 3 and parts[1] == "detail":
                return faq_page(request, parts[2])
            return None
        if head == "thu-vien-anh":
            if len(parts) == 1:
                return album_list(request)
            if len(parts) == 3 and parts[1] == "detail":
                return album_page(request, parts[2])
            return None
        if len(parts) == 1:
            simple = {
                "gioi-thieu": intro_page,
                "lien-he": contact_page,
                "lich-cong-tac": calendar_page,
                "tim-kiem": search_page,
                "404": not_found,
            }
            if head in simple:
                return simple[head](request)
        return not_found(request)


def build_site() -> ForkSite:
    return ForkSite()


# --- gold ----------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        detail_path(s),
        CATS[s.cat],
        canonical_path=detail_path(s),
        alt_paths=[detail_path(s) + "?print=true"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    f"/van-ban/detail/{DOCS[0]['slug']}",
    f"/van-ban/detail/{DOCS[1]['slug']}",
    f"/hoi-dap/detail/{FAQS[0]['slug']}",
    f"/hoi-dap/detail/{FAQS[1]['slug']}",
    f"/thu-vien-anh/detail/{ALBUM_SLUG}",
]
