"""Sở GD&ĐT Hà Tĩnh on Bloomreach (Hippo) CMS 14: an HST site behind a government portal template.

Platform
    Bloomreach Experience Manager (Hippo CMS) 14.7, HST delivery tier on Tomcat, mount ``/site``.
    Pages are HST containers (``<div class="hst-container" id="r46_r1">``) holding container items
    whose ids are the components' reference ids (``r46_r1_r2``); the vendor's template names its
    classes in Vietnamese abbreviations (``td-bv`` tiêu đề bài viết, ``nd-bv`` nội dung, ``tt-bv``
    tóm tắt, ``ngay-bv``, ``dd-dan`` đường dẫn …). Theme files under ``/site/webfiles/<ts>/``,
    images and files under ``/site/binaries/content/{gallery,assets}/…`` (list thumbnails through
    the image-set variant ``/site/binaries/thumbnail/content/gallery/…``). Dates are printed with
    Java's ``dd/MM/yyyy hh:mm a`` in the Vietnamese locale: 12-hour clock, ``SA`` / ``CH``.

URL scheme
    ``/site/``                                     home (``/`` and ``/site`` redirect here)
    ``/site/tin-tuc``                              all news, ``?page=N&pageSize=6``
    ``/site/tin-tuc/<kenh>``                       a news channel, ``?page=N&pageSize=4``
    ``/site/tin-tuc/<yyyy>/<mm>/<slug>.html``      a news article (canonical: the date folder)
    ``/site/tin-tuc/<kenh>/<yyyy>/<mm>/<slug>.html`` the same article through the channel's
                                                   sitemap item (channel listings link this form)
    ``/site/thong-bao`` / ``/site/thong-bao/<yyyy>/<mm>/<slug>.html``   notices
    ``…?_hn:type=component-rendering&_hn:ref=r46_r1_r2``  the article component alone ("In bài")
    ``/site/?_hn:type=component-rendering&_hn:ref=r46_r2_r1``  the async "Thông báo mới" box
    ``/site/van-ban``, ``/site/van-ban/2026/11/<so-hieu>.html``   documents (list, one entry)
    ``/site/thu-vien-anh``, ``/site/video`` and one album / one clip page each
    ``/site/lich-cong-tac/2026/tuan-49.html`` (and ``tuan-48``)  weekly work calendar
    ``/site/gioi-thieu/chuc-nang-nhiem-vu.html``, ``/site/lien-he.html``
    ``/site/tim-kiem?query=…`` search, ``/site/rss`` RSS of the ten latest items
    Any path may carry ``;jsessionid=<id>`` (Tomcat URL rewriting, see Traps).

Templates
    Home: "Tin nổi bật" (one featured story with its sapo), "Tin mới" (next four news), channel
    boxes, the async notice box (placeholder only), sidebars. Listing: item rows with thumbnail,
    title, ``(dd/MM/yyyy)`` and an excerpt, then a Bootstrap-like pager (numbers, ›, »). Article:
    breadcrumb, ``h1.td-bv``, the date line, tools, the document's ``tomTat`` field in ``div.tt-bv``
    (when filled), the rich text ``div.nd-bv``, the document's attachment field, share box,
    "Tin liên quan" (document links), then a second component "Các tin khác" (the three newest of
    the channel, the article itself left out).

How each gold article is reached (from ``/site/``)
    1 giao ban tháng 11 ...... home (featured), Tin tức p1, channel p1, "Xem thêm" / "Tin liên
                                quan" of 3, "Tin xem nhiều" on every page
    10 công nhận 17 trường ..... home "Tin mới", Tin tức p1, Khảo thí channel
    6 hội thi GV mầm non ...... home "Tin mới", Tin tức p1, Mầm non - Tiểu học channel
    2 tuyên dương nhà giáo .... home "Tin mới", "Tin xem nhiều", Tin tức p1, channel p1
    3 tập huấn chuyển đổi số .. home "Tin mới", Tin tức p1, channel p1
    4 bình đẳng giới .......... Tin tức p1, channel p1, "Các tin khác" of 1/2/3
    9 kiểm tra giữa kỳ ........ home "Giáo dục Trung học" box, Tin tức p2, Trung học channel,
                                "Các tin khác" of 8
    5 tư vấn tâm lý ........... ONLY Tin tức page 2 and Tin hoạt động ngành page 2
    7 tiếng Anh mẫu giáo ...... Tin tức p2, Mầm non - Tiểu học channel, "Các tin khác" of 6
    8 HSG lớp 12 .............. Tin tức p2, Trung học channel, "Các tin khác" of 9
    11, 12, 13 notices ........ the "Thông báo" menu listing (the home box is async), "Các tin
                                khác" of one another, RSS (11, 12, 13)

Traps
    1. Tomcat URL rewriting: a request without the ``JSESSIONID`` cookie gets every link printed
       as ``…/slug.html;jsessionid=A3F1C27E…`` (and a ``Set-Cookie``). Gold: the clean path; the
       ``;jsessionid=`` forms are in ``alt_paths``.
    2. Two addresses per news article: the date-folder URL (home, "Tin tức", "Các tin khác", RSS,
       ``rel=canonical``) and the channel sitemap URL ``/site/tin-tuc/<kenh>/yyyy/mm/slug.html``
       that channel listings print; both answer 200 with the same page. Gold: the canonical one;
       the channel form in ``alt_paths``.
    3. "In bài" is an HST component-rendering URL in an ``onclick`` (``?_hn:type=component-
       rendering&_hn:ref=r46_r1_r2``) answering the bare article fragment. Gold: an alt path.
    4. Java's 12-hour Vietnamese clock: "02:30 CH" is 14:30, "12:15 CH" is 12:15 (noon, not
       00:15), "12:00 SA" is midnight, hence a day alone ("2026-11-12").
    5. Two other dates near the real one: ``article:published_time`` carries Hippo's
       ``hippostdpubwf:publicationDate`` in UTC, which is the *last re-publication* for edited
       documents, and those pages print "Cập nhật lần cuối: …" before "Ngày đăng: …". Gold: the
       printed "Ngày đăng". The official notice's page date (01/12) is not its date either: the
       letterhead's day is (2026-11-30), although its folder says ``2026/12``.
    6. A soft 404: "Tin xem nhiều" still links a depublished document (``/site/tin-tuc/2026/10/
       hoi-nghi-cong-chuc-vien-chuc-co-quan-so-nam-2026.html``) that answers 200 with the full
       chrome and "Nội dung bạn tìm không tồn tại hoặc đã bị gỡ bỏ". Gold: not an article.
    7. Pagination ``?page=N&pageSize=K`` with a small channel page size (4): article 5 sits only on
       page 2 of two listings; "Các tin khác" shows just the three newest of a channel; the notice
       box on the home page is an async placeholder (``data-hst-url``), no link in it.
    8. Captions in three editor markups: CKEditor image2 ``<figure><figcaption>``, an image
       paragraph followed by a centred ``<em>`` line in parentheses (taken off), and a two-row
       layout table (image row, caption row); a caption row "Ảnh: Minh Châu" only credits
       (caption None, photographer Minh Châu). Thumbnails of other articles are no images of it.
    9. Word paste: ``MsoListParagraph`` items whose bullets are ``<span style="mso-list:Ignore">``
       (no text), ``<o:p>``, ``&nbsp;`` after sentences; article 5's text is stored decomposed (NFD).
       Word tables put ``<p>`` in every cell: a row is one paragraph, cells joined by " | ".
    10. Bylines: "Người đăng: ptthao" / "admin" in the date line is the CMS account (nobody);
        the real byline closes the rich text right-aligned in many forms ("Tin, ảnh: X",
        "Tin: X - Ảnh: Y", "ThS. X - Phòng …", "X<br>(Phòng …)", a unit alone, "BBT").
    11. Body boundaries inside the rich text: "Xem thêm: <link>", "Tệp đính kèm: …pdf", the
        source line "Theo Báo Hà Tĩnh" and the letterhead / "Nơi nhận" tables are not body; a
        sentence "Theo kế hoạch, …" and a sentence "Theo báo cáo tại hội nghị, …" are.

Gold decisions on ambiguous points
    - ``category`` is the channel the breadcrumb prints last ("Tin hoạt động ngành", "Giáo dục
      Mầm non - Tiểu học", "Giáo dục Trung học", "Khảo thí - Kiểm định chất lượng", "Thông báo");
      the menu's parent "Tin tức - Sự kiện" is not it.
    - ``summary``: the ``tomTat`` field when printed (``div.tt-bv``); article 7 has none but opens
      with a bold lead paragraph (its sapo); articles 4, 11, 12 have neither (null).
    - A photo credit under a photo ("Ảnh: Minh Châu", "Ảnh: Thanh Huyền") makes its author a
      photographer; the caption is None.
    - An emoji typed as a character ("📌") is kept in the text as printed.
    - The official notice (11): body = from "Căn cứ …" to the last paragraph before the closing
      table; the title is the page's ``h1`` (not the "THÔNG BÁO / Tuyển dụng …" lines); the signer
      "Trần Quốc Khánh" is the author; published_at = the letterhead's day.
    - Article 4's "Mọi thông tin … Sở GD&ĐT.<br>Đường dây nóng: …" is two paragraphs.
    - The bare component fragment ("In bài") is a view of the article, listed in ``alt_paths``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "hippo_cms_sgddt"
PLATFORM = "Bloomreach (Hippo) CMS 14 / HST, Java (Tomcat), government portal template"
START_PATH = "/site/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SID = "A3F1C27E9B0D4E5F86C1D2E3F4A5B6C7"
WEBFILES = "/site/webfiles/1733128846000"
GAL = "/site/binaries/content/gallery/sgddt"
ASSETS = "/site/binaries/content/assets/sgddt"
PRINT_Q = "_hn:type=component-rendering&_hn:ref=r46_r1_r2"
NOTICE_BOX_Q = "_hn:type=component-rendering&_hn:ref=r46_r2_r1"
SOFT404 = "/site/tin-tuc/2026/10/hoi-nghi-cong-chuc-vien-chuc-co-quan-so-nam-2026.html"

CHANNELS = {
    "hoat-dong-nganh": "Tin hoạt động ngành",
    "mam-non-tieu-hoc": "Giáo dục Mầm non - Tiểu học",
    "trung-hoc": "Giáo dục Trung học",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định chất lượng",
}
NEWS_ROOT = "Tin tức - Sự kiện"
NOTICES = "Thông báo"


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


# --- the articles ---------------------------------------------------------------------------

BYLINE_R = '<p style="text-align: right;"><strong>{}</strong></p>'

STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-trien-khai-nhiem-vu-thang-12-2026",
        title="Hội nghị giao ban công tác giáo dục tháng 11, triển khai nhiệm vụ trọng tâm tháng 12/2026",
        cat="hoat-dong-nganh",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Sở GD&ĐT tổ chức hội nghị giao ban trực tuyến với các phòng chuyên môn, "
            "đơn vị trực thuộc và phòng văn hóa - xã hội các xã, phường nhằm đánh giá kết quả thực "
            "hiện nhiệm vụ tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026."
        ),
        sapo_outside=True,
        authors=["Phương Thảo"],
        photographers=["Phương Thảo"],
        blocks=[
            P(
                "Dự hội nghị có đồng chí Nguyễn Văn Hùng, Giám đốc Sở GD&ĐT; các đồng chí Phó Giám "
                "đốc Sở; lãnh đạo các phòng chuyên môn, đơn vị trực thuộc Sở; đại diện lãnh đạo "
                "phòng văn hóa - xã hội của 69 xã, phường trên địa bàn tỉnh.",
                "j",
            ),
            Img(
                f"{GAL}/tin-tuc/2026/12/giao-ban-thang-11-01.jpg",
                "Đồng chí Nguyễn Văn Hùng, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị.",
                "Đồng chí Nguyễn Văn Hùng, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị.",
                "fig",
            ),
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành đã tổ chức thành công các "
                "hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026); hoàn "
                "thành kỳ thi chọn học sinh giỏi tỉnh lớp 12; triển khai kiểm tra, đánh giá giữa học "
                "kỳ I nghiêm túc, đúng quy định. Công tác kiểm định chất lượng giáo dục, xây dựng "
                "trường chuẩn quốc gia tiếp tục được quan tâm với 17 trường được công nhận trong "
                "đợt 2.",
                "j",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như: tình trạng "
                "thiếu giáo viên tiếng Anh, Tin học ở cấp tiểu học chưa được khắc phục triệt để; "
                "việc cập nhật dữ liệu lên cơ sở dữ liệu ngành ở một số đơn vị còn chậm.",
                "j",
            ),
            Img(
                f"{GAL}/tin-tuc/2026/12/giao-ban-thang-11-02.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                "fig",
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "strong"),
            P(
                "Phát biểu kết luận, Giám đốc Sở Nguyễn Văn Hùng đề nghị các đơn vị tập trung hoàn "
                "thành chương trình học kỳ I theo đúng kế hoạch thời gian năm học; chuẩn bị chu đáo "
                "cho kiểm tra cuối học kỳ I; rà soát, bổ sung kế hoạch ôn tập cho học sinh lớp 12 "
                "chuẩn bị kỳ thi tốt nghiệp THPT năm 2027.",
                "j",
            ),
            P(
                "Đồng thời, các đơn vị cần làm tốt công tác bảo đảm an toàn trường học trong mùa "
                "mưa rét; tổ chức các hoạt động giáo dục kỹ năng sống, phòng, chống đuối nước và tai "
                "nạn thương tích cho học sinh trong dịp nghỉ Tết Dương lịch.",
                "j",
            ),
            Raw(BYLINE_R.format("Tin, ảnh: Phương Thảo")),
        ],
        opts={"dt": "2026-12-03 14:30", "poster": "ptthao", "related": [3]},
    ),
    Story(
        id=2,
        slug="so-gd-dt-tuyen-duong-126-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Sở GD&ĐT tuyên dương 126 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-nganh",
        published_at="2026-11-19T12:15:00+07:00",
        summary=(
            "Sáng 19/11, tại Hội trường Trung tâm Văn hóa - Điện ảnh tỉnh, Sở GD&ĐT tổ chức lễ kỷ "
            "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 126 nhà "
            "giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        authors=["Hồng Nhung"],
        photographers=["Đức Anh"],
        blocks=[
            P(
                "Đến dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở, ban, "
                "ngành cấp tỉnh; các thế hệ nhà giáo, cán bộ quản lý giáo dục và đông đảo giáo "
                "viên, học sinh trên địa bàn.",
                "nb",
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 14 học sinh đạt giải học sinh giỏi quốc gia, 2 "
                "học sinh được chọn vào đội tuyển dự thi Olympic quốc tế; tỷ lệ học sinh tốt nghiệp "
                "THPT đạt 99,62%. Những kết quả đó có sự đóng góp thầm lặng của hơn 21.000 cán bộ, "
                "giáo viên, nhân viên toàn ngành.",
                "nb",
            ),
            Img(
                f"{GAL}/tin-tuc/2026/11/tuyen-duong-nha-giao-2026.jpg",
                "(Lãnh đạo tỉnh và Sở GD&ĐT trao Bằng khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo tỉnh và Sở GD&ĐT trao Bằng khen cho các nhà giáo tiêu biểu",
                "em",
            ),
            P(
                "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng "
                "tạo, để mỗi ngày đến trường thực sự là một ngày vui của học sinh”, đồng chí Giám "
                "đốc Sở nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, 126 nhà giáo được UBND tỉnh và Sở GD&ĐT tặng Bằng khen, Giấy khen vì có "
                "thành tích xuất sắc trong công tác giảng dạy, bồi dưỡng học sinh giỏi và đổi mới "
                "phương pháp dạy học.",
                "nb",
            ),
            Raw(BYLINE_R.format("Tin: Hồng Nhung - Ảnh: Đức Anh")),
        ],
        opts={"dt": "2026-11-19 12:15", "upd": "2026-11-21 08:40", "poster": "hnhung"},
    ),
    Story(
        id=3,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý các cơ sở giáo dục",
        cat="hoat-dong-nganh",
        published_at="2026-11-12",
        summary=(
            "Từ ngày 10 đến 12/11/2026, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý "
            "trường học cho hơn 600 cán bộ quản lý các trường mầm non, tiểu học, THCS, THPT trên "
            "địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P("Nội dung tập huấn tập trung vào các chuyên đề:", "mso"),
            P(
                "Khai thác, sử dụng cơ sở dữ liệu ngành giáo dục và đồng bộ dữ liệu với Cơ sở dữ "
                "liệu quốc gia về dân cư;",
                "msoli",
            ),
            P("Triển khai học bạ số, sổ điểm điện tử và ký số văn bản trong nhà trường;", "msoli"),
            P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh;", "msoli"),
            P("Ứng dụng trí tuệ nhân tạo hỗ trợ công tác quản lý và dạy học.", "msoli"),
            P(
                "Theo kế hoạch, sau tập huấn, các đơn vị hoàn thành việc triển khai học bạ số đối "
                "với học sinh lớp 1, lớp 6 và lớp 10 trước ngày 31/12/2026.",
                "mso",
            ),
            P(
                "Các học viên được thực hành trực tiếp trên hệ thống, trao đổi những khó khăn, vướng "
                "mắc trong quá trình triển khai tại đơn vị và được báo cáo viên giải đáp cụ thể.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal"><em><span lang="VI">Xem thêm: <a href="{link:1}">Hội nghị giao '
                "ban công tác giáo dục tháng 11, triển khai nhiệm vụ trọng tâm tháng 12/2026</a>"
                "</span></em><o:p></o:p></p>"
            ),
            Raw(
                f'<p class="MsoNormal">Tệp đính kèm: <a href="{ASSETS}/tin-tuc/2026/11/'
                'kh-tap-huan-cds-2026.pdf" target="_blank">KH tap huan CDS 2026.pdf</a></p>'
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right"><b><span lang="VI" '
                'style="font-size:13.0pt">Văn phòng Sở</span></b><o:p></o:p></p>'
            ),
        ],
        opts={"dt": "2026-11-12 00:00", "poster": "vanphong", "related": [1]},
    ),
    Story(
        id=4,
        slug="phat-dong-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        title=(
            "Phát động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên "
            "cơ sở giới năm 2026"
        ),
        cat="hoat-dong-nganh",
        published_at="2026-11-04T08:05:00+07:00",
        authors=["Nguyễn Thị Lan Hương"],
        photographers=["Thanh Huyền"],
        blocks=[
            P(
                "Thực hiện Kế hoạch của UBND tỉnh, Sở GD&ĐT vừa ban hành văn bản hướng dẫn các cơ "
                "sở giáo dục tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với "
                "bạo lực trên cơ sở giới năm 2026, từ ngày 15/11 đến ngày 15/12/2026.",
                "j",
            ),
            P(
                "Chủ đề của Tháng hành động năm nay là “Chung tay xây dựng môi trường học đường an "
                "toàn, bình đẳng, không bạo lực”.",
                "j",
            ),
            Img(f"{GAL}/tin-tuc/2026/11/binh-dang-gioi-2026.jpg", "Ảnh: Thanh Huyền", None, "em"),
            P(
                "Các nhà trường được yêu cầu lồng ghép nội dung bình đẳng giới vào các hoạt động "
                "giáo dục, sinh hoạt dưới cờ, sinh hoạt lớp; tổ chức diễn đàn, tọa đàm để học sinh "
                "được chia sẻ, lắng nghe; công khai số điện thoại đường dây nóng tiếp nhận thông tin "
                "về bạo lực học đường.",
                "j",
            ),
            P("Mọi thông tin phản ánh xin gửi về Phòng Chính trị, tư tưởng - Sở GD&ĐT.", "br1"),
            P("Đường dây nóng: 0239.3856.218 - Email: phongcttt@hatinh.edu.vn", "br2"),
            Raw(
                '<p style="text-align: right;"><em><strong>ThS. Nguyễn Thị Lan Hương</strong> - '
                "Phòng Chính trị, tư tưởng</em></p>"
            ),
        ],
        opts={"dt": "2026-11-04 08:05", "poster": "lhuong"},
    ),
    Story(
        id=5,
        slug="hoi-thao-nang-cao-hieu-qua-cong-tac-tu-van-tam-ly-hoc-duong",
        title="Hội thảo nâng cao hiệu quả công tác tư vấn tâm lý học đường trong các trường phổ thông",
        cat="hoat-dong-nganh",
        published_at="2026-10-22T15:45:00+07:00",
        summary=(
            "Ngày 22/10, Sở GD&ĐT phối hợp với Trường Đại học Hà Tĩnh tổ chức hội thảo chuyên đề "
            "nâng cao hiệu quả công tác tư vấn tâm lý học đường với sự tham gia của hơn 150 cán "
            "bộ quản lý, giáo viên làm công tác tư vấn."
        ),
        sapo_outside=True,
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        blocks=[
            P(
                "Tại hội thảo, các đại biểu đã nghe báo cáo thực trạng công tác tư vấn tâm lý học "
                "đường trên địa bàn tỉnh. Hiện nay, 100% trường THCS, THPT đã thành lập tổ tư vấn; "
                "tuy nhiên phần lớn giáo viên làm công tác tư vấn là kiêm nhiệm, chưa được đào tạo "
                "bài bản về chuyên môn tâm lý."
            ),
            Img(
                f"{GAL}/tin-tuc/2026/10/hoi-thao-tu-van-tam-ly.jpg",
                "TS. Phan Thị Minh Nguyệt, giảng viên Trường Đại học Hà Tĩnh trình bày tham luận",
                "TS. Phan Thị Minh Nguyệt, giảng viên Trường Đại học Hà Tĩnh trình bày tham luận",
                "tbl",
            ),
            P(
                "Nhiều tham luận chia sẻ kinh nghiệm nhận diện sớm các dấu hiệu căng thẳng, trầm "
                "cảm ở học sinh; cách phối hợp giữa giáo viên chủ nhiệm, cha mẹ học sinh và chuyên "
                "gia trong việc hỗ trợ các em vượt qua khủng hoảng."
            ),
            P(
                "Kết luận hội thảo, lãnh đạo Sở GD&ĐT đề nghị các nhà trường bố trí phòng tư vấn "
                "riêng, bảo đảm tính riêng tư cho học sinh; tăng cường bồi dưỡng chuyên môn cho đội "
                "ngũ làm công tác tư vấn trong năm học 2026 - 2027."
            ),
            Raw(BYLINE_R.format("Thu Hà")),
            Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
        ],
        opts={"dt": "2026-10-22 15:45", "poster": "ptthao", "nfd": True},
    ),
    Story(
        id=6,
        slug="hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-cap-tinh-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh năm học 2026 - 2027",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-27T16:20:00+07:00",
        summary=(
            "Từ ngày 23 đến 27/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp học mầm "
            "non cấp tỉnh với sự tham gia của 142 giáo viên đến từ các trường mầm non trên địa bàn "
            "toàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Phòng GDMN-GDTH"],
        photographers=["Minh Châu"],
        blocks=[
            P(
                "Mỗi giáo viên dự thi thực hiện hai phần: trình bày biện pháp nâng cao chất lượng "
                "chăm sóc, giáo dục trẻ và thực hành tổ chức một hoạt động giáo dục trẻ tại các "
                "trường mầm non được chọn làm điểm thi.",
                "j",
            ),
            Img(
                f"{GAL}/tin-tuc/2026/11/hoi-thi-gvdg-mam-non-01.jpg",
                "Tiết dạy của cô giáo Trần Thị Ngọc Ánh, Trường Mầm non Hoa Sen, phường Thành Sen",
                "Tiết dạy của cô giáo Trần Thị Ngọc Ánh, Trường Mầm non Hoa Sen, phường Thành Sen",
                "tbl",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt phương pháp giáo dục lấy "
                "trẻ làm trung tâm; nhiều giáo viên sử dụng học liệu tự làm từ nguyên vật liệu sẵn "
                "có ở địa phương, tạo hứng thú cho trẻ.",
                "j",
            ),
            Img(f"{GAL}/tin-tuc/2026/11/hoi-thi-gvdg-mam-non-02.jpg", "Ảnh: Minh Châu", None, "tbl"),
            P(
                "Kết quả, Ban tổ chức công nhận 98 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh, trong đó 12 giáo viên có tiết dạy xếp loại xuất sắc.",
                "j",
            ),
            Raw(BYLINE_R.format("Phòng GDMN-GDTH")),
        ],
        opts={"dt": "2026-11-27 16:20", "poster": "mnth01"},
    ),
    Story(
        id=7,
        slug="trien-khai-cho-tre-mau-giao-lam-quen-voi-tieng-anh-tai-48-truong-mam-non",
        title="Triển khai cho trẻ mẫu giáo làm quen với tiếng Anh tại 48 trường mầm non",
        cat="mam-non-tieu-hoc",
        published_at="2026-10-15T09:30:00+07:00",
        summary=(
            "Năm học 2026 - 2027, toàn tỉnh có 48 trường mầm non tổ chức cho trẻ mẫu giáo làm quen "
            "với tiếng Anh, tăng 15 trường so với năm học trước, góp phần chuẩn bị tốt cho trẻ "
            "bước vào lớp 1."
        ),
        authors=["Lê Văn Tâm"],
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 48 trường mầm non tổ chức cho trẻ mẫu giáo làm "
                "quen với tiếng Anh, tăng 15 trường so với năm học trước, góp phần chuẩn bị tốt cho "
                "trẻ bước vào lớp 1.",
                "bold",
            ),
            P(
                "Việc cho trẻ làm quen với tiếng Anh được thực hiện theo Thông tư số "
                "50/2020/TT-BGDĐT của Bộ GD&ĐT, trên tinh thần tự nguyện của cha mẹ trẻ và bảo đảm "
                "các điều kiện về giáo viên, cơ sở vật chất."
            ),
            Img(
                f"{GAL}/tin-tuc/2026/10/lam-quen-tieng-anh.jpg",
                "Trẻ Trường Mầm non Sơn Ca trong giờ làm quen với tiếng Anh",
                "Trẻ Trường Mầm non Sơn Ca trong giờ làm quen với tiếng Anh",
                "em",
            ),
            P("Một số lưu ý khi tổ chức", "h3"),
            P(
                "Thời lượng tối đa 2 tiết mỗi tuần, mỗi tiết từ 25 đến 35 phút tùy theo độ tuổi; "
                "không tổ chức dạy chữ, không kiểm tra, đánh giá trẻ như ở cấp tiểu học."
            ),
            P(
                "Các hoạt động được lồng ghép qua trò chơi, bài hát, câu chuyện ngắn, giúp trẻ tự "
                "tin, mạnh dạn giao tiếp và yêu thích ngôn ngữ mới."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Lê Văn Tâm</strong><br>'
                "<em>(Phòng GDMN-GDTH)</em></p>"
            ),
        ],
        opts={"dt": "2026-10-15 09:30", "poster": "mnth01"},
    ),
    Story(
        id=8,
        slug="ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026-2027-dien-ra-an-toan-nghiem-tuc",
        title="Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027 diễn ra an toàn, nghiêm túc",
        cat="trung-hoc",
        published_at="2026-10-09T11:10:00+07:00",
        summary=(
            "Trong hai ngày 08 và 09/10/2026, 1.243 thí sinh đã tham dự Kỳ thi chọn học sinh giỏi "
            "tỉnh lớp 12 THPT năm học 2026 - 2027 tại 5 điểm thi trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Đức Anh"],
        photographers=["Đức Anh"],
        blocks=[
            P(
                "Kỳ thi được tổ chức ở 13 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp, Giáo dục kinh tế và pháp luật, Công nghệ "
                "và Khoa học kĩ thuật.",
                "j",
            ),
            Img(
                f"{GAL}/tin-tuc/2026/10/hsg-lop-12-2026.jpg",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Hà Tĩnh.",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Hà Tĩnh.",
                "fig",
            ),
            P(
                "Đoàn kiểm tra của Sở GD&ĐT đã kiểm tra công tác coi thi tại các điểm thi. Các điểm "
                "thi đều bố trí camera giám sát phòng thi, bảo đảm an ninh, an toàn tuyệt đối cho "
                "kỳ thi.",
                "j",
            ),
            P(
                "Kết quả kỳ thi là căn cứ để lựa chọn học sinh vào đội tuyển dự Kỳ thi chọn học sinh "
                "giỏi quốc gia THPT năm 2027.",
                "j",
            ),
            Raw(BYLINE_R.format("Tin, ảnh: Đức Anh")),
        ],
        opts={"dt": "2026-10-09 11:10", "poster": "ducanh"},
    ),
    Story(
        id=9,
        slug="huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i-nam-hoc-2026-2027-cap-trung-hoc",
        title=(
            "Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027 đối với cấp "
            "trung học"
        ),
        cat="trung-hoc",
        published_at="2026-10-28T10:00:00+07:00",
        summary=(
            "Sở GD&ĐT vừa có văn bản hướng dẫn các trường THCS, THPT tổ chức kiểm tra, đánh giá "
            "giữa học kỳ I năm học 2026 - 2027 bảo đảm khách quan, nhẹ nhàng, hiệu quả."
        ),
        sapo_outside=True,
        authors=["Phòng GDTrH"],
        blocks=[
            P("1. Yêu cầu chung", "h3"),
            P(
                "Việc kiểm tra, đánh giá thực hiện theo Thông tư số 22/2021/TT-BGDĐT; đề kiểm tra "
                "được xây dựng theo ma trận, bản đặc tả, bảo đảm các mức độ biết, hiểu và vận dụng; "
                "tăng cường các câu hỏi gắn với thực tiễn."
            ),
            P("2. Thời gian, hình thức", "h3"),
            P(
                "Các trường chủ động bố trí thời gian kiểm tra trong các tuần từ ngày 02/11 đến "
                "ngày 14/11/2026, không dồn nhiều bài kiểm tra vào cùng một ngày."
            ),
            P(
                "- Đối với môn Ngữ văn: sử dụng ngữ liệu mới ngoài sách giáo khoa để đánh giá đúng "
                "năng lực đọc hiểu và viết của học sinh."
            ),
            P(
                "- Đối với các môn đánh giá bằng nhận xét: đánh giá qua sản phẩm học tập, bài "
                "thuyết trình, dự án."
            ),
            P("3. Tổ chức thực hiện", "h3"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm chỉ đạo ra đề, coi, chấm và báo cáo kết "
                "quả về Sở GD&ĐT (qua Phòng GDTrH) trước ngày 20/11/2026."
            ),
            Raw(BYLINE_R.format("Phòng GDTrH")),
        ],
        opts={"dt": "2026-10-28 10:00", "upd": "2026-10-30 15:10", "poster": "gdtrh02"},
    ),
    Story(
        id=10,
        slug="cong-nhan-17-truong-dat-chuan-quoc-gia-va-kiem-dinh-chat-luong-giao-duc-dot-2-nam-2026",
        title=(
            "Công nhận 17 trường đạt chuẩn quốc gia và đạt kiểm định chất lượng giáo dục đợt 2 "
            "năm 2026"
        ),
        cat="khao-thi-kiem-dinh",
        published_at="2026-12-01T08:15:00+07:00",
        summary=(
            "Giám đốc Sở GD&ĐT vừa ban hành quyết định công nhận 17 trường mầm non, tiểu học, THCS "
            "đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc gia đợt 2 năm 2026."
        ),
        sapo_outside=True,
        authors=["Phòng Khảo thí - KĐCLGD"],
        blocks=[
            P(
                "Qua đánh giá ngoài, các trường đều đáp ứng các tiêu chuẩn về tổ chức và quản lý "
                "nhà trường, đội ngũ, cơ sở vật chất và thiết bị dạy học, quan hệ giữa nhà trường, "
                "gia đình và xã hội, hoạt động giáo dục và kết quả giáo dục.",
                "j",
            ),
            P("Một số trường được công nhận trong đợt này:", "j"),
            P("TT | Tên trường | Xã, phường | Cấp độ KĐCLGD | Chuẩn quốc gia", "th"),
            P("1 | Trường Mầm non Thạch Hạ | Phường Thành Sen | Cấp độ 2 | Mức độ 1", "tr"),
            P("2 | Trường Tiểu học Cẩm Thịnh | Xã Cẩm Trung | Cấp độ 3 | Mức độ 2", "tr"),
            P("3 | Trường THCS Lê Văn Thiêm | Phường Trần Phú | Cấp độ 3 | Mức độ 2", "tr"),
            P("4 | Trường Tiểu học Kỳ Tân | Xã Kỳ Văn | Cấp độ 2 | Mức độ 1", "tr"),
            P(
                "Danh sách đầy đủ được ban hành kèm theo Quyết định số 1985/QĐ-SGDĐT ngày "
                "28/11/2026 của Giám đốc Sở GD&ĐT.",
                "j",
            ),
            P(
                "Sở GD&ĐT đề nghị các trường tiếp tục duy trì, nâng cao chất lượng các tiêu chuẩn "
                "đã đạt; thực hiện kế hoạch cải tiến chất lượng sau đánh giá ngoài.",
                "j",
            ),
            Raw('<p style="text-align: right;"><strong><em>Phòng Khảo thí - KĐCLGD</em></strong></p>'),
        ],
        opts={"dt": "2026-12-01 08:15", "poster": "ktkd"},
    ),
    Story(
        id=11,
        slug="thong-bao-tuyen-dung-vien-chuc-nam-2026-dot-2",
        title=(
            "Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở năm "
            "2026 (đợt 2)"
        ),
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Trần Quốc Khánh"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="text-align:center;width:42%"><strong>UBND TỈNH HÀ TĨNH<br>'
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>-------<br>Số: 2871/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
                "Độc lập - Tự do - Hạnh phúc</strong><br>---------------<br>"
                "<em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align:center"><strong>Tuyển dụng viên chức làm việc tại các đơn vị '
                "sự nghiệp trực thuộc Sở Giáo dục và Đào tạo năm 2026 (đợt 2)</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của "
                "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;",
                "i",
            ),
            P(
                "Căn cứ Kế hoạch số 412/KH-SGDĐT ngày 14/11/2026 của Sở Giáo dục và Đào tạo về tuyển "
                "dụng viên chức năm 2026 (đợt 2);",
                "i",
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức làm việc tại các đơn vị sự "
                "nghiệp trực thuộc Sở như sau:"
            ),
            P("1. Số lượng chỉ tiêu cần tuyển: 37 chỉ tiêu, trong đó:"),
            P("- Giáo viên THPT: 31 chỉ tiêu (Tin học 9, Tiếng Anh 8, Công nghệ 6, Nghệ thuật 8);"),
            P("- Nhân viên thiết bị, thí nghiệm: 4 chỉ tiêu; nhân viên y tế trường học: 2 chỉ tiêu."),
            P(
                "2. Hình thức tuyển dụng: xét tuyển. Vòng 2 phỏng vấn hoặc thực hành để kiểm tra "
                "năng lực, kỹ năng hoạt động nghề nghiệp của người dự tuyển."
            ),
            P(
                "3. Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày "
                "30/12/2026 (trong giờ hành chính), tại Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>'
                "- Như trên;<br>- UBND tỉnh (để b/c);<br>- Sở Nội vụ;<br>- Cổng TTĐT Sở;<br>"
                "- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>'
                "PHÓ GIÁM ĐỐC</strong><br><br><em>(Đã ký)</em><br><br>"
                "<strong>Trần Quốc Khánh</strong></td></tr></tbody></table>"
            ),
        ],
        opts={
            "dt": "2026-12-01 16:05",
            "poster": "tccb",
            "folder": "2026/12",
            "attach": [(f"{ASSETS}/thong-bao/2026/12/tb-2871-tuyen-dung-vc-dot-2.pdf", "TB 2871 tuyen dung VC dot 2.pdf")],
        },
    ),
    Story(
        id=12,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, học sinh",
        cat="thong-bao",
        published_at="2026-12-04T09:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và Khung kế hoạch thời gian năm học 2026 - 2027 "
                "của UBND tỉnh, Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P(
                "- Cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị trực thuộc Sở: "
                "nghỉ từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."
            ),
            P("- Học sinh các cấp học: nghỉ từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
            P(
                "Thủ trưởng các đơn vị bố trí lịch trực cơ quan, bảo đảm an ninh, an toàn tài sản "
                "trong dịp nghỉ Tết; nhắc nhở học sinh chấp hành an toàn giao thông, không tham gia "
                "đốt pháo trái phép."
            ),
        ],
        opts={"dt": "2026-12-04 09:00", "poster": "admin"},
    ),
    Story(
        id=13,
        slug="thong-bao-cuoc-thi-thiet-ke-bai-giang-dien-tu-va-hoc-lieu-so-nam-2026",
        title="Thông báo Cuộc thi Thiết kế bài giảng điện tử và học liệu số năm 2026",
        cat="thong-bao",
        published_at="2026-11-06T14:00:00+07:00",
        summary=(
            "Nhằm đẩy mạnh ứng dụng công nghệ thông tin trong dạy học, Sở GD&ĐT phát động Cuộc thi "
            "Thiết kế bài giảng điện tử và học liệu số năm 2026 dành cho giáo viên các cấp học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng dự thi là giáo viên đang giảng dạy tại các cơ sở giáo dục mầm non, phổ "
                "thông, giáo dục thường xuyên trên địa bàn tỉnh. Mỗi tác giả hoặc nhóm tác giả "
                "(không quá 2 người) được gửi tối đa 2 sản phẩm."
            ),
            P(
                "📌 Thời hạn nộp sản phẩm: trước 17h00 ngày 15/12/2026, qua hệ thống tiếp nhận trực "
                "tuyến của Sở GD&ĐT."
            ),
            P(
                "📌 Cơ cấu giải thưởng: mỗi cấp học có 3 giải Nhất, 6 giải Nhì, 9 giải Ba và các giải "
                "Khuyến khích; sản phẩm đạt giải được đưa vào kho học liệu số của ngành."
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Kế hoạch - Tài chính, Sở GD&ĐT, điện thoại "
                "0239.3855.672."
            ),
            Raw(BYLINE_R.format("BBT")),
        ],
        opts={"dt": "2026-11-06 14:00", "poster": "khtc"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWS = [s for s in STORIES if s.cat != "thong-bao"]
NOTICE_STORIES = [s for s in STORIES if s.cat == "thong-bao"]


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: _dt(s.opts["dt"]), reverse=True)


def folder(story: Story) -> str:
    return story.opts.get("folder") or _dt(story.opts["dt"]).strftime("%Y/%m")


def canonical(story: Story) -> str:
    root = "thong-bao" if story.cat == "thong-bao" else "tin-tuc"
    return f"/site/{root}/{folder(story)}/{story.slug}.html"


def channel_path(story: Story) -> str | None:
    if story.cat == "thong-bao":
        return None
    return f"/site/tin-tuc/{story.cat}/{folder(story)}/{story.slug}.html"


def category_name(story: Story) -> str:
    return NOTICES if story.cat == "thong-bao" else CHANNELS[story.cat]


# --- small helpers ----------------------------------------------------------------------------

JSID = re.compile(r";jsessionid=[^/?;#]*", re.I)


def fmt12(dt: datetime) -> str:
    """Java ``dd/MM/yyyy hh:mm a`` in locale ``vi``: 12-hour clock with SA / CH."""
    hour = dt.hour % 12 or 12
    return f"{dt:%d/%m/%Y} {hour:02d}:{dt:%M} {'SA' if dt.hour < 12 else 'CH'}"


def utc_iso(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def uuid_of(story: Story) -> str:
    return f"5b1c{story.id:04d}-7d2e-4c1a-9f3b-{story.id * 7919:012d}"


def thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return f"{WEBFILES}/images/no-image.png"
    return imgs[0].src.replace("/site/binaries/content/", "/site/binaries/thumbnail/content/")


def excerpt(story: Story, limit: int = 190) -> str:
    s = story.summary or story.paragraphs[0]
    if len(s) <= limit:
        return s
    return s[:limit].rsplit(" ", 1)[0] + " ..."


@dataclass
class Ctx:
    """One request: Tomcat's ``encodeURL`` needs to know whether the session came by cookie."""

    req: Request

    @property
    def cookie(self) -> bool:
        cookie = next((v for k, v in self.req.headers.items() if k.lower() == "cookie"), "")
        return "JSESSIONID=" in cookie

    def link(self, path: str, query: str = "") -> str:
        out = path if self.cookie else f"{path};jsessionid={SID}"
        return esc(out + (f"?{query}" if query else ""))

    @property
    def base(self) -> str:
        return base_url(self.req)


# --- the article's rich text --------------------------------------------------------------------

_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _t(p: P, nfd: bool) -> str:
    return text(p.text, nfd=nfd)


def _para(p: P, nfd: bool) -> str:
    t = _t(p, nfd)
    st = p.style
    if st == "j":
        return f'<p style="text-align: justify;">{t}</p>'
    if st == "nb":
        return '<p style="text-align:justify">' + t.replace(". ", ".&nbsp; ").replace("; ", ";&nbsp;") + "</p>"
    if st == "strong":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st == "h3":
        return f'<h3 style="font-size:15px">{t}</h3>'
    if st == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if st == "i":
        return f'<p style="text-indent:36.0pt;text-align:justify"><em>{t}</em></p>'
    if st == "mso":
        return (
            f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
            f'36.0pt;line-height:150%"><span {_MSO_SPAN}>{t}<o:p></o:p></span></p>'
        )
    if st == "msoli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
            'text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
            '<!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;font-family:Symbol;'
            'mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt '
            '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f"<!--[endif]--><span {_MSO_SPAN}>{t}<o:p></o:p></span></p>"
        )
    return f"<p>{t}</p>"


def _img(img: Img) -> str:
    src = esc(img.src)
    alt = esc(img.caption or "")
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="{alt}" height="453" src="{src}" width="680" />'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:640px">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:640px;height:427px" /></td></tr>'
            '<tr><td style="text-align:center"><span style="font-size:12px"><em>'
            f"{esc(img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center"><img alt="{alt}" src="{src}" style="width:100%;max-width:680px" /></p>'
    if img.printed:
        out += f'\n<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def _table(rows: list[P], nfd: bool) -> str:
    out = ['<table border="1" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for row in rows:
        cells = row.text.split(" | ")
        tds = []
        for cell in cells:
            inner = text(cell, nfd=nfd)
            if row.style == "th":
                inner = f"<strong>{inner}</strong>"
            tds.append(
                '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt 0 5.4pt">'
                f'<p class="MsoNormal" style="text-align:center">{inner}</p></td>'
            )
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def rich_text(story: Story, ctx: Ctx) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(blocks[i])
                i += 1
            out.append(_table(rows, nfd))
            continue
        if isinstance(b, P) and b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_t(b, nfd)}<br />\n{_t(nxt, nfd)}</p>')
            i += 2
            continue
        if isinstance(b, P):
            out.append(_para(b, nfd))
        elif isinstance(b, Img):
            out.append(_img(b))
        else:
            out.append(re.sub(r"\{link:(\d+)\}", lambda m: ctx.link(canonical(BY_ID[int(m.group(1))])), b.html))
        i += 1
    return "\n".join(out)


# --- the chrome -------------------------------------------------------------------------------

MOST_READ = [
    ("story", 2),
    ("story", 6),
    ("raw", (SOFT404, "Hội nghị cán bộ, công chức, viên chức cơ quan Sở năm 2026")),
    ("story", 1),
]


def _menu(ctx: Ctx, active: str) -> str:
    L = ctx.link

    def li(key: str, href: str, label: str, sub: str = "") -> str:
        cls = "cap1 dang-chon" if key == active else "cap1"
        return f'<li class="{cls}"><a href="{href}">{label}</a>{sub}</li>'

    def drop(items: list[tuple[str, str]]) -> str:
        return '<ul class="cap2">' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items) + "</ul>"

    return (
        '<div class="hst-container" id="r46_r0"><div class="hst-container-item" id="r46_r0_r2">'
        '<div class="mnu-ngang"><ul class="mnu-cap1">'
        + li("home", L("/site/"), '<i class="fa fa-home"></i> Trang chủ')
        + li(
            "gioi-thieu",
            L("/site/gioi-thieu/chuc-nang-nhiem-vu.html"),
            "Giới thiệu",
            drop(
                [
                    (L("/site/gioi-thieu/chuc-nang-nhiem-vu.html"), "Chức năng, nhiệm vụ"),
                    (L("/site/gioi-thieu/chuc-nang-nhiem-vu.html") + "#lanh-dao", "Lãnh đạo Sở"),
                    (L("/site/lien-he.html"), "Liên hệ"),
                ]
            ),
        )
        + li(
            "tin-tuc",
            L("/site/tin-tuc"),
            NEWS_ROOT,
            drop([(L(f"/site/tin-tuc/{k}"), v) for k, v in CHANNELS.items()]),
        )
        + li("thong-bao", L("/site/thong-bao"), NOTICES)
        + li("van-ban", L("/site/van-ban"), "Văn bản")
        + li(
            "thu-vien",
            L("/site/thu-vien-anh"),
            "Thư viện",
            drop([(L("/site/thu-vien-anh"), "Thư viện ảnh"), (L("/site/video"), "Video clip")]),
        )
        + li("lich", L("/site/lich-cong-tac/2026/tuan-49.html"), "Lịch công tác")
        + li("lien-he", L("/site/lien-he.html"), "Liên hệ")
        + '<li class="cap1"><a href="https://dichvucong.hatinh.gov.vn" target="_blank">Dịch vụ công</a></li>'
        + "</ul></div></div></div>"
    )


def _sidebar(ctx: Ctx) -> str:
    L = ctx.link
    most = []
    for kind, val in MOST_READ:
        if kind == "story":
            s = BY_ID[val]
            most.append(f'<li><a href="{L(canonical(s))}" title="{esc(s.title)}">{esc(s.title)}</a></li>')
        else:
            most.append(f'<li><a href="{L(val[0])}">{esc(val[1])}</a></li>')
    return f"""
<div class="hst-container cot-phai col-md-3" id="r46_r2">
 <div class="hst-container-item" id="r46_r2_r1">
  <div class="khung-pl"><div class="td-pl"><span>Thông báo mới</span></div>
   <div class="hst-async" id="async_r46_r2_r1" data-hst-url="/site/?{esc(NOTICE_BOX_Q)}">
    <div class="dang-tai"><img src="{WEBFILES}/images/loading.gif" alt=""> Đang tải dữ liệu...</div>
   </div>
  </div>
 </div>
 <div class="hst-container-item" id="r46_r2_r2">
  <div class="khung-pl"><div class="td-pl"><span>Tin xem nhiều</span></div>
   <ul class="ds-xemnhieu">{"".join(most)}</ul></div>
 </div>
 <div class="hst-container-item" id="r46_r2_r3">
  <div class="khung-pl banner-pl">
   <a href="https://moet.gov.vn" target="_blank"><img src="{GAL}/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo"></a>
   <a href="https://hatinh.gov.vn" target="_blank"><img src="{GAL}/banner/cong-ttdt-tinh.png" alt="Cổng TTĐT tỉnh Hà Tĩnh"></a>
   <a href="https://dichvucong.gov.vn" target="_blank"><img src="{GAL}/banner/dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia"></a>
   <a href="https://csdl.moet.gov.vn" target="_blank"><img src="{GAL}/banner/csdl-nganh.png" alt="CSDL ngành"></a>
  </div>
 </div>
 <div class="hst-container-item" id="r46_r2_r4">
  <div class="khung-pl"><div class="td-pl"><span>Thăm dò ý kiến</span></div>
   <form method="post" action="{L("/site/", "_hn:type=action&_hn:ref=r46_r2_r4")}" class="frm-tdyk">
    <p class="cau-hoi">Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử Sở GD&amp;ĐT?</p>
    <label><input type="radio" name="luachon" value="1"> Đẹp, dễ sử dụng</label><br>
    <label><input type="radio" name="luachon" value="2"> Bình thường</label><br>
    <label><input type="radio" name="luachon" value="3"> Khó tìm thông tin</label><br>
    <input type="submit" value="Biểu quyết" class="nut"> <input type="button" value="Xem kết quả" class="nut" onclick="xemKQ('r46_r2_r4')">
   </form></div>
 </div>
 <div class="hst-container-item" id="r46_r2_r5">
  <div class="khung-pl"><div class="td-pl"><span>Liên kết website</span></div>
   <select onchange="if(this.value) window.open(this.value)" style="width:100%">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
    <option value="https://thptchuyen.hatinh.edu.vn">Trường THPT chuyên Hà Tĩnh</option>
   </select></div>
 </div>
 <div class="hst-container-item" id="r46_r2_r6">
  <div class="khung-pl thong-ke"><div class="td-pl"><span>Thống kê truy cập</span></div>
   <table class="tk-tc"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>
   <tr><td>Tháng này:</td><td>9.861</td></tr><tr><td>Tổng truy cập:</td><td>4.817.256</td></tr></table></div>
 </div>
</div>"""


def page(
    ctx: Ctx,
    title: str,
    main: str,
    *,
    active: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    head: str = "",
    desc: str | None = None,
    status: int = 200,
) -> Response:
    L = ctx.link
    crumb_html = ""
    if crumbs:
        parts = [f'<a href="{L("/site/")}">Trang chủ</a>']
        for label, href in crumbs:
            parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="ht">{esc(label)}</span>')
        crumb_html = '<div class="dd-dan"><i class="fa fa-home"></i> ' + ' <span class="ngan">»</span> '.join(parts) + "</div>"
    description = desc or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Sở Giáo dục và Đào tạo Hà Tĩnh</title>
<meta name="description" content="{esc(description)}">
{head}
<link rel="shortcut icon" href="{WEBFILES}/images/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/site/rss">
<link rel="stylesheet" href="{WEBFILES}/css/bootstrap.min.css">
<link rel="stylesheet" href="{WEBFILES}/css/sgddt-ht.css">
<script src="{WEBFILES}/js/jquery-1.12.4.min.js"></script>
<script src="{WEBFILES}/js/hst-async.js"></script>
</head>
<body class="tt-sgddt">
<!-- HST 14.7.3 | sgddt-site | mount: /site -->
<div id="bao-ngoai" class="ctn-tong">
<div class="dau-trang">
 <div class="thanh-tren container"><span class="ngay-ht"><i class="fa fa-calendar"></i> {HEADER_DATE}</span>
  <span class="lk-tren"><a href="/site/rss">RSS</a> | <a href="https://mail.hatinh.gov.vn" target="_blank">Thư điện tử</a></span>
  <form class="tim-kiem" method="get" action="{L("/site/tim-kiem")}"><input type="text" name="query" placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form>
 </div>
 <div class="bn-top container"><a href="{L("/site/")}"><img src="{GAL}/he-thong/banner-sgddt-2026.png" alt="SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH"></a></div>
 {_menu(ctx, active)}
</div>
<div class="container than-trang"><div class="row">
<div class="hst-container cot-giua col-md-9" id="r46_r1">
{crumb_html}
{main}
</div>
{_sidebar(ctx)}
</div></div>
<div class="chan-trang"><div class="container">
 <div class="hst-container-item" id="r46_r9_r1">
 <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH</strong></p>
 <p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh. Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT</p>
 <p>Địa chỉ: Số 1, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh - Điện thoại: 0239.3855.120 - Fax: 0239.3855.221 - Email: vanphong@hatinh.edu.vn</p>
 <p>Giấy phép số 18/GP-TTĐT ngày 12/3/2024 của Sở Thông tin và Truyền thông. Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Hà Tĩnh" khi phát hành lại thông tin từ website này.</p>
 <p class="bq">© 2026 Sở Giáo dục và Đào tạo Hà Tĩnh. Thiết kế và phát triển trên nền tảng Bloomreach Experience Manager.</p>
 </div>
</div></div>
</div>
<script>$(function(){{ hstAsync.load('.hst-async'); }});</script>
</body>
</html>"""
    headers = {}
    if not ctx.cookie:
        headers["Set-Cookie"] = f"JSESSIONID={SID}; Path=/site; HttpOnly"
    return html(body, status=status, headers=headers)


# --- listings ---------------------------------------------------------------------------------


def _item(ctx: Ctx, story: Story, href: str) -> str:
    return f"""<div class="tin-dong clearfix">
 <a class="anh-dd" href="{href}"><img src="{esc(thumb(story))}" alt="" width="180" height="120"></a>
 <h3 class="td-tin"><a href="{href}">{esc(story.title)}</a></h3>
 <span class="ngay-tin">({_dt(story.opts["dt"]):%d/%m/%Y})</span>
 <div class="mota-tin">{esc(excerpt(story))}</div>
</div>"""


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        n = int(value or "")
    except ValueError:
        return default
    return n if low <= n <= high else default


def listing(ctx: Ctx, path: str, heading: str, stories: list[Story], *, default_size: int,
            use_channel_url: bool, active: str, crumbs: list) -> Response:
    params = ctx.req.params
    size = _int(params.get("pageSize"), default_size, 1, 50)
    pages = max(1, -(-len(stories) // size))
    cur = _int(params.get("page"), 1, 1, 10_000)
    chunk = stories[(cur - 1) * size : cur * size]
    L = ctx.link
    rows = []
    for s in chunk:
        href = L(channel_path(s)) if use_channel_url and channel_path(s) else L(canonical(s))
        rows.append(_item(ctx, s, href))
    if not rows:
        rows.append('<p class="khong-co">Chưa có tin bài nào trong mục này.</p>')

    def q(n: int) -> str:
        return L(path, f"page={n}&pageSize={size}")

    pager = ""
    if pages > 1:
        lis = [
            '<li class="disabled"><span>«</span></li>' if cur == 1 else f'<li><a href="{q(1)}" title="Trang đầu">«</a></li>'
        ]
        if cur > 1:
            lis.append(f'<li><a href="{q(cur - 1)}" title="Trang trước">‹</a></li>')
        for n in range(1, pages + 1):
            lis.append(f'<li class="active"><span>{n}</span></li>' if n == cur else f'<li><a href="{q(n)}">{n}</a></li>')
        if cur < pages:
            lis.append(f'<li><a href="{q(cur + 1)}" title="Trang sau">›</a></li>')
        lis.append(
            '<li class="disabled"><span>»</span></li>' if cur >= pages else f'<li><a href="{q(pages)}" title="Trang cuối">»</a></li>'
        )
        opts = "".join(
            f'<option value="{L(path, f"page=1&pageSize={n}")}"{" selected" if n == size else ""}>{n}</option>'
            for n in (default_size, default_size * 2, default_size * 4)
        )
        pager = (
            '<div class="phan-trang clearfix"><ul class="pagination">' + "".join(lis) + "</ul>"
            f'<span class="so-tin">Hiển thị <select onchange="location.href=this.value">{opts}</select>'
            f" tin/trang - Trang {cur}/{pages}</span></div>"
        )
    main = f"""<div class="hst-container-item" id="r46_r1_r1">
<div class="ds-tin">
<h2 class="td-kenh"><span>{esc(heading)}</span></h2>
{"".join(rows)}
{pager}
</div></div>"""
    head = f'<link rel="canonical" href="{ctx.base}{path}">'
    return page(ctx, heading, main, active=active, crumbs=crumbs, head=head)


# --- the article ------------------------------------------------------------------------------


def article_component(story: Story, ctx: Ctx, canon: str) -> str:
    dt = _dt(story.opts["dt"])
    upd = story.opts.get("upd")
    date_line = []
    if upd:
        date_line.append(f'<span class="ncn">Cập nhật lần cuối: {fmt12(_dt(upd))}</span> <span class="gach">|</span>')
    date_line.append(f'<span class="ndg"><i class="fa fa-clock-o"></i> Ngày đăng: {fmt12(dt)}</span>')
    date_line.append(f'<span class="gach">|</span> <span class="nguoidang">Người đăng: {esc(story.opts["poster"])}</span>')
    date_line.append(f'<span class="gach">|</span> <span class="luotxem">Lượt xem: {story.views()}</span>')
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tt-bv"><strong>{text(story.summary)}</strong></div>'
    else:
        sapo = '<div class="tt-bv"></div>'
    attach = ""
    if story.opts.get("attach"):
        items = "".join(
            f'<li><img src="{WEBFILES}/images/icon-pdf.gif" alt=""> <a href="{esc(h)}" target="_blank">{esc(lbl)}</a> (212 KB)</li>'
            for h, lbl in story.opts["attach"]
        )
        attach = f'<div class="dk-bv"><b>Tệp đính kèm:</b><ul>{items}</ul></div>'
    print_url = esc(f"{canon}?{PRINT_Q}")
    return f"""<div class="hst-container-item" id="r46_r1_r2">
<div class="ct-bv" data-hippo-uuid="{uuid_of(story)}">
 <h1 class="td-bv">{esc(story.title)}</h1>
 <div class="ngay-bv">{" ".join(date_line)}</div>
 <div class="cc-bv">
  <a href="javascript:void(0)" onclick="coChu(-1)" title="Giảm cỡ chữ">A-</a>
  <a href="javascript:void(0)" onclick="coChu(1)" title="Tăng cỡ chữ">A+</a>
  <a href="javascript:void(0)" onclick="hstInBai('{print_url}')"><img src="{WEBFILES}/images/icon-print.png" alt=""> In bài</a>
  <a href="mailto:?subject={quote_plus(story.title)}&amp;body={ctx.base}{canon}"><img src="{WEBFILES}/images/icon-email.png" alt=""> Gửi email</a>
 </div>
 {sapo}
 <div class="nd-bv" id="nd_r46_r1_r2">
{rich_text(story, ctx)}
 </div>
 {attach}
</div>
</div>"""


def _others(story: Story, ctx: Ctx) -> str:
    same = [s for s in _newest([x for x in STORIES if x.cat == story.cat]) if s.id != story.id][:3]
    if not same:
        return ""
    lis = "".join(
        f'<li><a href="{ctx.link(canonical(s))}">{esc(s.title)}</a> <span class="ngay-tin">({_dt(s.opts["dt"]):%d/%m/%Y})</span></li>'
        for s in same
    )
    return f"""<div class="hst-container-item" id="r46_r1_r3">
<div class="tin-khac"><div class="td-tk"><span>Các tin khác</span></div><ul>{lis}</ul></div></div>"""


def article_page(story: Story, ctx: Ctx) -> Response:
    canon = canonical(story)
    pub_meta = _dt(story.opts.get("upd") or story.opts["dt"])
    desc = excerpt(story, 155)
    head = "\n".join(
        [
            f'<link rel="canonical" href="{ctx.base}{canon}">',
            f'<meta property="og:title" content="{esc(story.title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{ctx.base}{canon}">',
            f'<meta property="og:image" content="{ctx.base}{esc(thumb(story))}">',
            f'<meta property="article:published_time" content="{utc_iso(pub_meta)}">',
            f'<meta property="article:modified_time" content="{utc_iso(pub_meta + timedelta(minutes=3))}">',
        ]
    )
    related = ""
    if story.opts.get("related"):
        lis = "".join(
            f'<li><a href="{ctx.link(canonical(BY_ID[r]))}">{esc(BY_ID[r].title)}</a></li>' for r in story.opts["related"]
        )
        related = f'<div class="tlq-bv"><h4>Tin liên quan</h4><ul>{lis}</ul></div>'
    share = f"""<div class="chiase-bv">
 <a href="https://www.facebook.com/sharer/sharer.php?u={quote_plus(ctx.base + canon)}" target="_blank"><img src="{WEBFILES}/images/share-fb.png" alt="Facebook"></a>
 <a href="https://zalo.me/share?url={quote_plus(ctx.base + canon)}" target="_blank"><img src="{WEBFILES}/images/share-zalo.png" alt="Zalo"></a>
 <span class="dtg">Đánh giá bài viết: <img src="{WEBFILES}/images/sao-5.png" alt=""></span>
</div>"""
    main = article_component(story, ctx, canon) + share + related + _others(story, ctx)
    if story.cat == "thong-bao":
        crumbs = [(NOTICES, ctx.link("/site/thong-bao"))]
        active = "thong-bao"
    else:
        crumbs = [(NEWS_ROOT, ctx.link("/site/tin-tuc")), (CHANNELS[story.cat], ctx.link(f"/site/tin-tuc/{story.cat}"))]
        active = "tin-tuc"
    return page(ctx, story.title, main, active=active, crumbs=crumbs, head=head, desc=desc)


def print_fragment(story: Story, ctx: Ctx) -> Response:
    body = article_component(story, ctx, canonical(story)) + "\n<script>window.print();</script>"
    return html(body)


# --- home and the pages that are not articles --------------------------------------------------


def home(ctx: Ctx) -> Response:
    L = ctx.link
    news = _newest(NEWS)
    top, fresh = news[0], news[1:5]
    boxes = []
    for n, (key, label) in enumerate(CHANNELS.items(), start=5):
        s = _newest([x for x in NEWS if x.cat == key])[0]
        boxes.append(
            f"""<div class="hst-container-item col-md-6" id="r46_r1_r{n}"><div class="khung-kenh">
<div class="td-kenh-nho"><a href="{L(f"/site/tin-tuc/{key}")}">{esc(label)}</a></div>
<a href="{L(canonical(s))}"><img src="{esc(thumb(s))}" alt="" width="120"></a>
<a class="td-tin" href="{L(canonical(s))}">{esc(s.title)}</a></div></div>"""
        )
    fresh_html = "".join(
        f'<li><a href="{L(canonical(s))}"><img src="{esc(thumb(s))}" alt="" width="90"> {esc(s.title)}</a>'
        f' <span class="ngay-tin">({_dt(s.opts["dt"]):%d/%m/%Y})</span></li>'
        for s in fresh
    )
    main = f"""<div class="hst-container-item" id="r46_r1_r1">
<div class="tin-noibat"><div class="td-kenh"><span>Tin nổi bật</span></div>
 <a href="{L(canonical(top))}"><img src="{esc(thumb(top).replace("/thumbnail/", "/"))}" alt="{esc(top.title)}" class="anh-lon"></a>
 <h2><a href="{L(canonical(top))}">{esc(top.title)}</a></h2>
 <p class="sapo-nb">{esc(top.summary or "")}</p>
 <a class="xem-tiep" href="{L(canonical(top))}">Xem tiếp »</a>
</div></div>
<div class="hst-container-item" id="r46_r1_r4">
<div class="tin-moi"><div class="td-kenh"><span>Tin mới</span> <a class="xem-tat" href="{L("/site/tin-tuc")}">Xem tất cả</a></div><ul>{fresh_html}</ul></div></div>
<div class="row">{"".join(boxes)}</div>
<div class="hst-container-item" id="r46_r1_r9"><div class="khung-kenh">
<div class="td-kenh"><span>Văn bản mới</span></div>
<ul><li><a href="{L("/site/van-ban/2026/11/cong-van-2795-sgddt-gdtrh.html")}">Công văn số 2795/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027</a></li></ul></div></div>
<div class="hst-container-item" id="r46_r1_r10"><div class="khung-kenh">
<div class="td-kenh"><span>Thư viện ảnh - Video</span></div>
<a href="{L(ALBUM)}"><img src="{GAL}/album/2026/11/gvdg-mn-01.jpg" alt="" width="200"> Hình ảnh Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh</a>
<a href="{L(VIDEO)}"><img src="{GAL}/video/2026/11/ban-tin-t11.jpg" alt="" width="200"> Bản tin Giáo dục Hà Tĩnh tháng 11/2026</a>
</div></div>"""
    return page(ctx, "Trang chủ", main, active="home", head=f'<link rel="canonical" href="{ctx.base}/site/">')


INTRO = "/site/gioi-thieu/chuc-nang-nhiem-vu.html"
CONTACT = "/site/lien-he.html"
DOC_ENTRY = "/site/van-ban/2026/11/cong-van-2795-sgddt-gdtrh.html"
ALBUM = "/site/thu-vien-anh/2026/11/hoi-thi-giao-vien-day-gioi-mam-non.html"
VIDEO = "/site/video/2026/11/ban-tin-giao-duc-ha-tinh-thang-11-2026.html"
WEEK49 = "/site/lich-cong-tac/2026/tuan-49.html"
WEEK48 = "/site/lich-cong-tac/2026/tuan-48.html"


def intro(ctx: Ctx) -> Response:
    main = """<div class="hst-container-item" id="r46_r1_r1"><div class="ct-bv trang-tinh">
<h1 class="td-bv">Chức năng, nhiệm vụ</h1>
<div class="nd-bv">
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Tĩnh, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra, thanh tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<h3 id="lanh-dao">Lãnh đạo Sở</h3>
<table class="bang-ld" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Nguyễn Văn Hùng</td><td>Giám đốc</td><td>0239.3855.120</td></tr>
<tr><td>Trần Quốc Khánh</td><td>Phó Giám đốc</td><td>0239.3855.125</td></tr>
<tr><td>Võ Thị Thanh Mai</td><td>Phó Giám đốc</td><td>0239.3855.126</td></tr>
</table>
</div></div></div>"""
    return page(ctx, "Chức năng, nhiệm vụ", main, active="gioi-thieu", crumbs=[("Giới thiệu", None), ("Chức năng, nhiệm vụ", None)])


def contact(ctx: Ctx) -> Response:
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="lien-he">
<h1 class="td-bv">Liên hệ</h1>
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 1, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh<br>Điện thoại: 0239.3855.120 - Fax: 0239.3855.221<br>Email: vanphong@hatinh.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3780.2!2d105.89!3d18.34" width="100%" height="300" style="border:0"></iframe>
<form method="post" action="{ctx.link(CONTACT, "_hn:type=action&_hn:ref=r46_r1_r1")}" class="frm-lh">
<table><tr><td>Họ và tên (*)</td><td><input name="hoTen" type="text"></td></tr>
<tr><td>Email (*)</td><td><input name="email" type="text"></td></tr>
<tr><td>Tiêu đề</td><td><input name="tieuDe" type="text"></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="noiDung" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ"> <input type="reset" value="Nhập lại"></td></tr></table>
</form></div></div>"""
    return page(ctx, "Liên hệ", main, active="lien-he", crumbs=[("Liên hệ", None)])


VB_ROWS = [
    ("2795/SGDĐT-GDTrH", "20/11/2026", "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027", DOC_ENTRY,
     f"{ASSETS}/van-ban/2026/11/2795-sgddt-gdtrh.pdf"),
    ("412/KH-SGDĐT", "14/11/2026", "Kế hoạch tuyển dụng viên chức năm 2026 (đợt 2)", None,
     f"{ASSETS}/van-ban/2026/11/412-kh-sgddt.pdf"),
    ("2650/SGDĐT-GDMN", "05/11/2026", "V/v tổ chức Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh", None,
     f"{ASSETS}/van-ban/2026/11/2650-sgddt-gdmn.pdf"),
    ("4321/BGDĐT-GDPT", "28/10/2026", "V/v triển khai nhiệm vụ giáo dục phổ thông năm học 2026 - 2027 (văn bản của Bộ)", None,
     "https://moet.gov.vn/van-ban/vbdh/Pages/chi-tiet-van-ban.aspx?ItemID=4321"),
]


def doc_list(ctx: Ctx) -> Response:
    rows = []
    for n, (so, ngay, trich, entry, f) in enumerate(VB_ROWS, start=1):
        trich_html = f'<a href="{ctx.link(entry)}">{esc(trich)}</a>' if entry else esc(trich)
        rows.append(
            f'<tr><td>{n}</td><td>{esc(so)}</td><td>{ngay}</td><td>{trich_html}</td>'
            f'<td><a href="{esc(f)}" target="_blank"><img src="{WEBFILES}/images/icon-download.png" alt="Tải về"></a></td></tr>'
        )
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="ds-vb">
<h2 class="td-kenh"><span>Văn bản</span></h2>
<table class="bang-vb" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
{"".join(rows)}
</table></div></div>"""
    return page(ctx, "Văn bản", main, active="van-ban", crumbs=[("Văn bản", None)])


def doc_entry(ctx: Ctx) -> Response:
    so, ngay, trich, _, f = VB_ROWS[0]
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="ct-vb">
<h1 class="td-bv">Công văn số {esc(so)}</h1>
<table class="bang-ctvb" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><td class="nhan">Số/Ký hiệu</td><td>{esc(so)}</td></tr>
<tr><td class="nhan">Ngày ban hành</td><td>{ngay}</td></tr>
<tr><td class="nhan">Ngày hiệu lực</td><td>{ngay}</td></tr>
<tr><td class="nhan">Loại văn bản</td><td>Công văn</td></tr>
<tr><td class="nhan">Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td class="nhan">Người ký</td><td>Trần Quốc Khánh</td></tr>
<tr><td class="nhan">Trích yếu</td><td>{esc(trich)}</td></tr>
<tr><td class="nhan">Tệp đính kèm</td><td><a href="{esc(f)}" target="_blank">2795-sgddt-gdtrh.pdf</a></td></tr>
</table>
<p><a href="{ctx.link("/site/van-ban")}">« Quay lại danh sách văn bản</a></p></div></div>"""
    return page(ctx, f"Công văn số {so}", main, active="van-ban", crumbs=[("Văn bản", ctx.link("/site/van-ban")), (so, None)])


ALBUM_PHOTOS = [
    ("gvdg-mn-01.jpg", "Khai mạc Hội thi tại Trường Mầm non Hoa Sen"),
    ("gvdg-mn-02.jpg", "Giáo viên Trường Mầm non Thạch Hạ tổ chức hoạt động khám phá khoa học"),
    ("gvdg-mn-03.jpg", "Trẻ hào hứng tham gia hoạt động âm nhạc"),
    ("gvdg-mn-04.jpg", "Ban giám khảo trao đổi, góp ý sau tiết dạy"),
]


def album_list(ctx: Ctx) -> Response:
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="ds-album">
<h2 class="td-kenh"><span>Thư viện ảnh</span></h2>
<div class="o-album"><a href="{ctx.link(ALBUM)}"><img src="{GAL}/album/2026/11/gvdg-mn-01.jpg" alt="" width="240"></a>
<a class="td-album" href="{ctx.link(ALBUM)}">Hình ảnh Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh</a> <span>(4 ảnh)</span></div>
</div></div>"""
    return page(ctx, "Thư viện ảnh", main, active="thu-vien", crumbs=[("Thư viện ảnh", None)])


def album(ctx: Ctx) -> Response:
    photos = "".join(
        f'<div class="anh-album col-md-6"><a href="{GAL}/album/2026/11/{f}" class="fancybox" rel="album"><img src="{GAL}/album/2026/11/{f}" alt="{esc(c)}"></a><p class="mt-anh">{esc(c)}</p></div>'
        for f, c in ALBUM_PHOTOS
    )
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="ct-album">
<h1 class="td-bv">Hình ảnh Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh</h1>
<div class="ngay-bv">Ngày đăng: 28/11/2026 09:20 SA | Số ảnh: 4</div>
<div class="row">{photos}</div>
<p><a href="{ctx.link("/site/thu-vien-anh")}">« Các album khác</a></p></div></div>"""
    return page(ctx, "Hình ảnh Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh", main, active="thu-vien",
                crumbs=[("Thư viện ảnh", ctx.link("/site/thu-vien-anh")), ("Hội thi GVDG mầm non", None)])


def video_list(ctx: Ctx) -> Response:
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="ds-video">
<h2 class="td-kenh"><span>Video clip</span></h2>
<div class="o-video"><a href="{ctx.link(VIDEO)}"><img src="{GAL}/video/2026/11/ban-tin-t11.jpg" alt="" width="240"><span class="nut-play"></span></a>
<a class="td-video" href="{ctx.link(VIDEO)}">Bản tin Giáo dục Hà Tĩnh tháng 11/2026</a></div>
</div></div>"""
    return page(ctx, "Video clip", main, active="thu-vien", crumbs=[("Video clip", None)])


def video(ctx: Ctx) -> Response:
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="ct-video">
<h1 class="td-bv">Bản tin Giáo dục Hà Tĩnh tháng 11/2026</h1>
<div class="ngay-bv">Ngày đăng: 30/11/2026 08:00 SA | Lượt xem: 642</div>
<div class="khung-video"><iframe width="100%" height="420" src="https://www.youtube.com/embed/q8Xh3sGd26T" frameborder="0" allowfullscreen></iframe></div>
<p class="mota-video">Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục Hà Tĩnh trong tháng 11/2026: kỷ niệm Ngày Nhà giáo Việt Nam, Hội thi giáo viên dạy giỏi mầm non cấp tỉnh, tập huấn chuyển đổi số.</p>
<p><a href="{ctx.link("/site/video")}">« Các video khác</a></p></div></div>"""
    return page(ctx, "Bản tin Giáo dục Hà Tĩnh tháng 11/2026", main, active="thu-vien",
                crumbs=[("Video clip", ctx.link("/site/video")), ("Bản tin tháng 11/2026", None)])


WEEKS = {
    49: ("30/11/2026", "06/12/2026", [
        ("Thứ Hai 30/11", "Sáng", "Giao ban lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2"),
        ("Thứ Ba 01/12", "Chiều", "Làm việc với Trường THPT Phan Đình Phùng về xây dựng trường chuẩn quốc gia", "PGĐ Trần Quốc Khánh", "Trường THPT Phan Đình Phùng"),
        ("Thứ Tư 02/12", "Cả ngày", "Kiểm tra công tác chuẩn bị kiểm tra cuối học kỳ I tại xã Cẩm Trung", "PGĐ Võ Thị Thanh Mai", "Xã Cẩm Trung"),
        ("Thứ Năm 03/12", "Sáng", "Hội nghị giao ban công tác giáo dục tháng 11 (trực tuyến)", "Giám đốc Sở", "Hội trường Sở"),
        ("Thứ Sáu 04/12", "Sáng", "Dự họp UBND tỉnh thường kỳ tháng 12", "Giám đốc Sở", "UBND tỉnh"),
    ]),
    48: ("23/11/2026", "29/11/2026", [
        ("Thứ Hai 23/11", "Sáng", "Khai mạc Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh", "PGĐ Võ Thị Thanh Mai", "Trường Mầm non Hoa Sen"),
        ("Thứ Tư 25/11", "Chiều", "Họp Hội đồng thẩm định sách giáo khoa địa phương", "Giám đốc Sở", "Phòng họp tầng 2"),
        ("Thứ Sáu 27/11", "Sáng", "Bế mạc Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh", "PGĐ Võ Thị Thanh Mai", "Trường Mầm non Hoa Sen"),
    ]),
}


def week(ctx: Ctx, n: int) -> Response:
    start, end, rows = WEEKS[n]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    if n == 49:
        nav = f'<a href="{ctx.link(WEEK48)}">‹ Tuần 48</a> <span class="tuan-ht">Tuần 49</span> <span class="disabled">Tuần 50 ›</span>'
    else:
        nav = f'<span class="disabled">‹ Tuần 47</span> <span class="tuan-ht">Tuần 48</span> <a href="{ctx.link(WEEK49)}">Tuần 49 ›</a>'
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="lich-ct">
<h1 class="td-bv">Lịch công tác tuần {n} (từ ngày {start} đến ngày {end})</h1>
<div class="dh-tuan">{nav}</div>
<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th></tr>
{trs}
</table></div></div>"""
    return page(ctx, f"Lịch công tác tuần {n}", main, active="lich", crumbs=[("Lịch công tác", None), (f"Tuần {n}", None)])


def search(ctx: Ctx) -> Response:
    q = ctx.req.params.get("query", "").strip()
    if not q:
        body = '<p class="khong-co">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in _newest(STORIES) if q.lower() in s.title.lower()]
        body = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa <b>{esc(q)}</b></p>" + "".join(
            _item(ctx, s, ctx.link(canonical(s))) for s in hits
        )
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="kq-tk">
<h2 class="td-kenh"><span>Kết quả tìm kiếm</span></h2>
<form method="get" action="{ctx.link("/site/tim-kiem")}"><input name="query" value="{esc(q)}"> <button>Tìm</button></form>
{body}</div></div>"""
    return page(ctx, "Tìm kiếm", main, crumbs=[("Tìm kiếm", None)])


def soft404(ctx: Ctx) -> Response:
    main = f"""<div class="hst-container-item" id="r46_r1_r1"><div class="loi-trang">
<h2 class="td-kenh"><span>Thông báo</span></h2>
<p><img src="{WEBFILES}/images/canh-bao.png" alt=""> Nội dung bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="{ctx.link("/site/")}">Quay về trang chủ</a></p></div></div>"""
    return page(ctx, "Trang không tồn tại", main)


def notice_box(ctx: Ctx) -> Response:
    lis = "".join(
        f'<li><a href="{ctx.link(canonical(s))}">{esc(s.title)}</a></li>' for s in _newest(NOTICE_STORIES)
    )
    return html(f'<ul class="ds-thongbao">{lis}</ul><a class="xem-tat" href="{ctx.link("/site/thong-bao")}">Xem tất cả</a>')


def rss(ctx: Ctx) -> Response:
    items = []
    for s in _newest(STORIES)[:10]:
        pub = _dt(s.opts.get("upd") or s.opts["dt"])
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{ctx.base}{canonical(s)}</link>"
            f"<guid isPermaLink=\"false\">{uuid_of(s)}</guid>"
            f"<pubDate>{(pub - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
            f"<description>{esc(excerpt(s))}</description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Sở Giáo dục và Đào tạo Hà Tĩnh</title><link>{ctx.base}/site/</link>"
        "<description>Tin tức - Thông báo</description><language>vi</language>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the site ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/site/(tin-tuc|thong-bao)(?:/([a-z-]+))?/(\d{4}/\d{2})/([a-z0-9-]+)\.html")
BY_SLUG = {s.slug: s for s in STORIES}


def resolve(path: str) -> Story | None:
    m = _ARTICLE.fullmatch(path)
    if not m:
        return None
    root, chan, fold, slug = m.groups()
    s = BY_SLUG.get(slug)
    if s is None or fold != folder(s):
        return None
    if s.cat == "thong-bao":
        return s if root == "thong-bao" and chan is None else None
    if root != "tin-tuc" or chan not in (None, s.cat):
        return None
    return s


class HippoSite:
    def respond(self, req: Request) -> Response | None:
        path = JSID.sub("", req.path)
        ctx = Ctx(req)
        if path in ("", "/"):
            return redirect("/site/", 301)
        if path == "/site":
            return redirect("/site/")
        if path.startswith(("/site/binaries/", "/site/webfiles/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf") and path.startswith("/site/binaries/content/assets/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = req.params
        hn = params.get("_hn:type")
        if hn == "action":
            return redirect(path)
        if hn == "component-rendering":
            ref = params.get("_hn:ref")
            if path == "/site/" and ref == "r46_r2_r1":
                return notice_box(ctx)
            story = resolve(path)
            if story is not None and ref == "r46_r1_r2":
                return print_fragment(story, ctx)
            return None
        if req.method == "POST":
            return redirect(path)
        if path == "/site/":
            return home(ctx)
        story = resolve(path)
        if story is not None:
            return article_page(story, ctx)
        if path == SOFT404:
            return soft404(ctx)
        key = path.rstrip("/")
        if key == "/site/tin-tuc":
            return listing(ctx, key, NEWS_ROOT, _newest(NEWS), default_size=6, use_channel_url=False,
                           active="tin-tuc", crumbs=[(NEWS_ROOT, None)])
        if key.startswith("/site/tin-tuc/") and key.rsplit("/", 1)[1] in CHANNELS and key.count("/") == 3:
            chan = key.rsplit("/", 1)[1]
            stories = _newest([s for s in NEWS if s.cat == chan])
            return listing(ctx, key, CHANNELS[chan], stories, default_size=4, use_channel_url=True,
                           active="tin-tuc", crumbs=[(NEWS_ROOT, ctx.link("/site/tin-tuc")), (CHANNELS[chan], None)])
        if key == "/site/thong-bao":
            return listing(ctx, key, NOTICES, _newest(NOTICE_STORIES), default_size=4, use_channel_url=False,
                           active="thong-bao", crumbs=[(NOTICES, None)])
        pages = {
            "/site/van-ban": doc_list,
            DOC_ENTRY: doc_entry,
            "/site/thu-vien-anh": album_list,
            ALBUM: album,
            "/site/video": video_list,
            VIDEO: video,
            INTRO: intro,
            CONTACT: contact,
            "/site/tim-kiem": search,
            "/site/rss": rss,
            WEEK49: lambda c: week(c, 49),
            WEEK48: lambda c: week(c, 48),
        }
        handler = pages.get(key)
        return handler(ctx) if handler else None


def build_site() -> HippoSite:
    return HippoSite()


def _alts(story: Story) -> list[str]:
    canon = canonical(story)
    alts = [f"{canon};jsessionid={SID}", f"{canon}?{PRINT_Q}", f"{canon};jsessionid={SID}?{PRINT_Q}"]
    chan = channel_path(story)
    if chan:
        alts += [chan, f"{chan};jsessionid={SID}"]
    return alts


GOLD = [
    gold_record(s, canonical(s), category_name(s), canonical_path=canonical(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [INTRO, CONTACT, DOC_ENTRY, ALBUM, VIDEO, WEEK49, WEEK48]

assert len(GOLD) == 13
assert all(collapse(s.title) == s.title for s in STORIES)
