"""Liferay DXP 7.4 content-page portal of Trường THPT chuyên Lương Văn Tụy (Ninh Bình).

Platform
    Liferay DXP 7.4 (classic theme restyled by a local vendor, master page "LVT - Trang chung").
    Pages are content pages built from fragments; news lists are Collection Display fragments with
    the numeric paginator; articles are journal web contents of the structure "Tin bài LVT"
    (fields: Tiêu đề, Tóm tắt, Ảnh đại diện, Chú thích ảnh, Nội dung, Tác giả, Nguồn) shown by a
    Display Page Template at the friendly URL /w/<urlTitle>. The page "Thông báo" is an older
    widget page kept from 7.0 days: an Asset Publisher portlet (instance Ab12CdEf34Gh) in abstracts
    mode, whose links open the full content inside the widget page.

URL scheme
    /                                          302 -> /web/thpt-luongvantuy
    /web/thpt-luongvantuy                      home (logo link); /web/thpt-luongvantuy/trang-chu the
                                               same home under its own friendly URL (menu link)
    /web/thpt-luongvantuy/tin-tuc              Collection Display "Tin tức - Sự kiện", 3 a page,
                                               ?page_number_35301=<n>, also ?p_r_p_page=<n>;
                                               category filter ?p_r_p_categoryId=<id>
    /web/thpt-luongvantuy/hoat-dong-chuyen-mon Collection Display, 3 a page, ?page_number_41207=<n>
    /web/thpt-luongvantuy/thong-bao            Asset Publisher, 2 a page,
                                               ?_<portlet>_delta=2&_<portlet>_resetCur=false&_<portlet>_cur=<n>
    /web/thpt-luongvantuy/thong-bao/-/asset_publisher/Ab12CdEf34Gh/content/<slug>?_<portlet>_redirect=<listing>
                                               the same notice rendered by the Asset Publisher
    /web/thpt-luongvantuy/w/<slug>             Display Page (every article; canonical)
    /en/web/thpt-luongvantuy/...               the English-locale twin of any page (hreflang only)
    /documents/35101/<folderId>/<file>/<uuid>?t=<ms>   Documents and Media files (images, PDFs)
    /o/adaptive-media/image/<fileEntryId>/<config>/<file>?t=<ms>   resized renditions
    /web/thpt-luongvantuy/gioi-thieu, /lien-he, /van-ban, /thu-vien-anh   other pages
    /c/portal/login -> 302 the maximized Login portlet

Page templates
    Display page: breadcrumb (Trang chủ › <title>) / category chip / <h2> heading fragment /
    meta fragment (optional "Cập nhật" first, day and 12-hour time with SA/CH, "Đăng bởi" account,
    views; a mobile twin with a relative date) / summary fragment (bold, own element) / image
    fragment "Ảnh đại diện" with its figcaption or the theme's placeholder / rich-text "Nội dung" /
    author fragment (right aligned) / "Nguồn:" fragment / tags / rating and share bar / "Tin mới
    nhất" collection; sidebar "Thông báo mới", links, poll, visitor counter.

How each gold article is reached
    Tin tức - Sự kiện: tt1-tt3 on page 1 and on the home page (tt1-tt3 also in "Tin mới nhất");
    tt4-tt6 only on page 2 (?page_number_35301=2 or the "Xem tiếp" button's ?p_r_p_page=2); tt5
    and tt6 also on the subject filters (?p_r_p_categoryId=…); tt6 also through its old friendly
    URL (301) linked from the Giới thiệu page.
    Hoạt động chuyên môn: cm1-cm3 on page 1 (cm1, cm2 also on the home page and in "Tin mới
    nhất"), cm4 only on page 2 (?page_number_41207=2).
    Thông báo: tb1, tb2 on the Asset Publisher's first page and in every sidebar "Thông báo mới"
    (as /w/ links); tb3 only on the Asset Publisher's page 2 (as an asset_publisher URL whose page
    prints rel=canonical to /w/<slug>).

Traps
    1. Display-page breadcrumb has no section: it reads "Trang chủ › <title>" (display pages hang
       off no layout). The section is only in the category chip above the heading (a label link).
       Gold: category = the chip's text ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo").
    2. Two headings: the site name is the page's <h1> (in the header logo); the article headline is
       an <h2 class="component-heading"> fragment; <title> carries " - Trường THPT chuyên Lương Văn
       Tụy". On the Asset Publisher view the headline is not a heading at all
       (<p class="component-title"><span class="asset-title">). Gold: title = the headline.
    3. Vietnamese 12-hour clock: the meta fragment prints "03/12/2026" and "02:30 CH" in two spans
       (SA = morning, CH = afternoon; "12:15 CH" is a quarter past noon, "12:00 SA" is midnight).
       Gold: "2026-12-03T14:30:00+07:00", "2026-11-25T12:15:00+07:00"; midnight -> day alone
       "2026-11-12". The "Cập nhật: …" stamp is printed before the publication date on tt1 and
       cm2 and is never the date. A mobile twin (d-md-none) says "Cách đây 2 Ngày": not a date.
    4. Asset Publisher duplicates: each abstract links to
       …/thong-bao/-/asset_publisher/Ab12CdEf34Gh/content/<slug>?…_redirect=<the listing's own
       URL>, so one notice has a different URL on each listing page (page 1 reached as the base URL
       and as ?…_cur=1); the page prints rel=canonical to /w/<slug>. Pagination of that portlet is
       the search container's (_delta, _resetCur, _cur), not the collection's page_number.
       Gold: path = /w/<slug>; every asset_publisher variant is in alt_paths.
    5. Collection pagination by relative, query-only hrefs ("?page_number_35301=2"), page 1 again
       as "?page_number_35301=1", the same page 2 as "?p_r_p_page=2" (a public render parameter from
       the hand-made "Xem tiếp" button), category filter chips "?p_r_p_categoryId=45130" that keep
       pages of subsets. Gold: listings are not articles; tt4-tt6 and cm4 only from page 2.
    6. Documents and Media URLs end in a UUID and a "?t=" stamp, not in ".jpg"; in-text photos
       are <picture> elements whose <source srcset> are Adaptive Media renditions
       (/o/adaptive-media/…/Thumbnail-300x300/…). Gold: images = the <img src> (with its query,
       "&amp;" unescaped), never the renditions nor the listing thumbnails.
    7. Fields printed with their label even when empty: "Nguồn:" with nothing after it on most
       articles. Gold: source null unless a value follows (tt5: "Báo Ninh Bình").
    8. "Đăng bởi: Quản trị LVT" (the Liferay user who published) sits in the meta line; the real
       byline is the "Tác giả" field at the end. Gold: authors from the field only; "BBT" -> [].
    9. Image fragment placeholder: an article without "Ảnh đại diện" shows the theme's
       /o/ltv-theme/images/anh-mac-dinh.png in the image fragment. Gold: not an image.
   10. Widgets inside the text's container: YouTube embed with its own caption line "Video: …",
       "Xem thêm:" line, "Tệp đính kèm:" line, rating stars, share bar and the "Tin mới nhất"
       collection inside the same column. Gold: none of these is body, the video's line is no photo
       caption either.
   11. Old friendly URL: tt6 was renamed; the old /w/hoi-nghi-cong-chuc-vien-chuc-nam-hoc-2026-2027
       (linked from Giới thiệu) answers 301 to the new one. Gold: path = new URL; old one in
       alt_paths.
   12. Tag links of the asset-tags-summary are the article's own URL plus ?p_r_p_tag=<tag>: the
       same article again. Gold: in alt_paths. Every page also prints hreflang alternates to its
       /en/ twin (English chrome, dates "12/3/26, 2:30 PM"). Gold: /en/ twins in alt_paths.
   13. A display page under /w/ that is no article: the video clip
       /w/video-lvt-67-nam-mot-chang-duong (Video structure: an iframe and one line). Gold: in
       NON_ARTICLES.
   14. Text as pasted: cm1 from Word (MsoNormal spans, &nbsp;, <o:p>), cm3 typed in decomposed
       Unicode (NFD), tt4 a "<br />" list typed with "- ", tables for results and schedules,
       captions as an italic centered paragraph, as <figcaption>, or as the second row of a
       one-cell table. Gold: conventions of the README (NFC, one paragraph per <br> line,
       "- " kept, cells joined by " | ").

Gold decisions on ambiguous points
    - The "Ảnh đại diện" printed large between the summary and the text, with its figcaption, is
      the article's first photo (it is not a listing thumbnail).
    - The summary field, printed in its own bold fragment, is the sapo and the body's first
      paragraph. tt2 has no summary field but opens with a bold lead paragraph: that is its sapo.
    - tb2 is printed as an official notice: its date is the letterhead's ("Ninh Bình, ngày 30
      tháng 11 năm 2026" -> "2026-11-30"), not the display date 01/12/2026 07:40 SA; the signer is
      its author; letterhead, kind/subject lines and "Nơi nhận" are not body.
    - "Bài và ảnh: X" -> X in authors and photographers; "Tin: X - Ảnh: Y" -> [X], [Y]; a caption
      line that is only "Ảnh: X" -> caption None, X a photographer.
    - The category is the chip on the display page (the menu's label); subject filters such as
      "Hoạt động Đoàn - Hội" are not categories.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "liferay74_display_page_thpt"
PLATFORM = "Liferay DXP 7.4 (content pages, Collection Display, Display Page Templates)"
SITE = "/web/thpt-luongvantuy"
START_PATH = SITE

GROUP_ID = 35101
TODAY = date(2026, 12, 5)
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT chuyên Lương Văn Tụy"

AP_ID = "Ab12CdEf34Gh"
AP_NS = f"_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}_"
AP_BASE = f"{SITE}/thong-bao/-/asset_publisher/{AP_ID}/content/"
TT_FRAG = "35301"
CM_FRAG = "41207"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _doc(folder: int, name: str, stamp: int, extra: str = "") -> str:
    """A Documents and Media URL as Liferay 7.4 prints it (file name, then the file's UUID)."""
    query = f"{extra}&t={stamp}" if extra else f"t={stamp}"
    return f"/documents/{GROUP_ID}/{folder}/{name}/{_uuid(name)}?{query}"


# --- the articles -----------------------------------------------------------------------------
# opts: display (display date, "YYYY-MM-DD HH:MM"), mod (update stamp printed first), poster (CMS
# account), byline (the "Tác giả" field as printed), nguon (the "Nguồn" field), tags, old_slug,
# text ("mso" Word paste, "nfd" decomposed), sub (subject filter id)

TT1 = Story(
    id=1,
    slug="doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-chuyen-doi-so",
    title="Đoàn công tác Sở GD&ĐT kiểm tra công tác chuyển đổi số tại Trường THPT chuyên Lương Văn Tụy",
    cat="tin-tuc",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng 03/12, Đoàn công tác của Sở Giáo dục và Đào tạo Ninh Bình do đồng chí Phó Giám đốc Sở "
        "làm trưởng đoàn đã kiểm tra việc triển khai chuyển đổi số và ứng dụng công nghệ thông tin "
        "trong dạy học, quản lý tại nhà trường."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            _doc(45230, "kiem-tra-cds-01.jpg", 1764746100511),
            "Đoàn công tác Sở GD&ĐT làm việc với Ban Giám hiệu nhà trường",
            "Đoàn công tác Sở GD&ĐT làm việc với Ban Giám hiệu nhà trường",
            style="featured",
        ),
        P(
            "Tham gia đoàn có đại diện lãnh đạo các phòng chuyên môn thuộc Sở và Trung tâm Công nghệ "
            "thông tin - Ngoại ngữ. Về phía nhà trường có đồng chí Hiệu trưởng, các Phó Hiệu trưởng "
            "cùng tổ trưởng các tổ chuyên môn."
        ),
        P(
            "Báo cáo với đoàn, đại diện Ban Giám hiệu cho biết từ đầu năm học 2026 - 2027, nhà trường "
            "đã hoàn thành việc số hóa hồ sơ học sinh, sử dụng sổ điểm điện tử và học bạ số cho toàn "
            "bộ 35 lớp. 100% giáo viên sử dụng thành thạo hệ thống quản lý học tập (LMS) để giao bài, "
            "kiểm tra và theo dõi tiến độ học tập của học sinh."
        ),
        Img(
            _doc(45230, "kiem-tra-cds-02.jpg", 1764746100733),
            "Giáo viên Tổ Tin học giới thiệu kho học liệu số của nhà trường",
            "Giáo viên Tổ Tin học giới thiệu kho học liệu số của nhà trường",
            style="pic:45241",
        ),
        P(
            "Đoàn đã trực tiếp dự giờ hai tiết học có ứng dụng bảng tương tác thông minh, kiểm tra hệ "
            "thống phòng học STEM và phòng máy tính vừa được nâng cấp trong dịp hè."
        ),
        P(
            "Phát biểu kết luận, Trưởng đoàn ghi nhận những kết quả nhà trường đã đạt được, đồng thời "
            "đề nghị tiếp tục xây dựng kho học liệu dùng chung, bảo đảm an toàn thông tin và khai "
            "thác hiệu quả dữ liệu để nâng cao chất lượng giáo dục mũi nhọn."
        ),
    ],
    authors=["Tổ Tin học"],
    opts={
        "display": "2026-12-03 14:30",
        "mod": "2026-12-04 08:05",
        "poster": "Quản trị LVT",
        "byline": '<p class="text-right"><strong>Tổ Tin học</strong></p>',
        "tags": ["chuyen-doi-so"],
    },
)

TT2 = Story(
    id=2,
    slug="be-mac-giai-bong-da-nam-hoc-sinh-cup-luong-van-tuy-lan-thu-x",
    title="Bế mạc Giải bóng đá nam học sinh “Cúp Lương Văn Tụy” lần thứ X",
    cat="tin-tuc",
    published_at="2026-11-25T12:15:00+07:00",
    summary=(
        "Chiều 24/11, tại sân vận động nhà trường đã diễn ra trận chung kết và lễ bế mạc Giải bóng đá "
        "nam học sinh “Cúp Lương Văn Tụy” lần thứ X, chào mừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11."
    ),
    blocks=[
        P(
            "Chiều 24/11, tại sân vận động nhà trường đã diễn ra trận chung kết và lễ bế mạc Giải bóng đá "
            "nam học sinh “Cúp Lương Văn Tụy” lần thứ X, chào mừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11.",
            style="lead",
        ),
        P(
            "Giải đấu năm nay quy tụ 16 đội bóng đến từ các khối lớp 10, 11 và 12, thi đấu theo thể thức "
            "vòng bảng và loại trực tiếp trong gần ba tuần. Ban tổ chức đã điều hành 28 trận đấu an "
            "toàn, đúng điều lệ, với tinh thần thi đấu trung thực và cao thượng."
        ),
        Img(
            _doc(45231, "chung-ket-bong-da.jpg", 1764047700102),
            "Pha tranh bóng trong trận chung kết giữa đội 12 Vật lý và đội 11 Tin học",
            "Pha tranh bóng trong trận chung kết giữa đội 12 Vật lý và đội 11 Tin học",
            style="next",
        ),
        P(
            "Trận chung kết diễn ra hấp dẫn, kịch tính ngay từ những phút đầu. Sau hai hiệp thi đấu "
            "chính thức hòa 1 - 1, đội bóng lớp 12 Vật lý giành chiến thắng 4 - 3 trên chấm luân lưu "
            "để lần đầu tiên nâng cao chiếc cúp vô địch."
        ),
        P("Kết quả chung cuộc", style="h"),
        P("Giải Nhất: lớp 12 Vật lý", style="li"),
        P("Giải Nhì: lớp 11 Tin học", style="li"),
        P("Đồng giải Ba: lớp 12 Toán 1 và lớp 10 Hóa học", style="li"),
        P("Vua phá lưới: em Trần Minh Khôi, lớp 11 Tin học (6 bàn thắng)", style="li"),
        P(
            "Phát biểu bế mạc, đại diện Ban Chấp hành Đoàn trường khẳng định giải bóng đá là sân chơi "
            "bổ ích, góp phần rèn luyện thể chất, tinh thần đoàn kết và sự gắn bó của học sinh với "
            "mái trường chuyên."
        ),
    ],
    authors=["Phạm Đức Anh"],
    photographers=["CLB Truyền thông LVT"],
    opts={
        "display": "2026-11-25 12:15",
        "poster": "Quản trị LVT",
        "byline": '<p style="text-align:right"><em>Tin: Phạm Đức Anh - Ảnh: CLB Truyền thông LVT</em></p>',
        "sub": "45130",
    },
)

TT3 = Story(
    id=3,
    slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="tin-tuc",
    published_at="2026-11-20T09:00:00+07:00",
    summary=(
        "Sáng 20/11, Trường THPT chuyên Lương Văn Tụy long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích "
        "xuất sắc trong năm học 2025 - 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban Đại diện cha mẹ học sinh, các "
            "thế hệ thầy cô giáo đã nghỉ hưu cùng đông đảo cán bộ, giáo viên, nhân viên và học sinh "
            "toàn trường."
        ),
        Img(
            _doc(45232, "ky-niem-20-11-01.jpg", 1763604000301, extra="version=1.0"),
            "Các thầy cô giáo nguyên là cán bộ quản lý nhà trường qua các thời kỳ dự buổi lễ",
            "Các thầy cô giáo nguyên là cán bộ quản lý nhà trường qua các thời kỳ dự buổi lễ",
            style="table",
        ),
        P(
            "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng nhấn mạnh: trải qua hơn "
            "65 năm xây dựng và phát triển, các thế hệ thầy và trò nhà trường đã không ngừng nỗ lực, "
            "viết tiếp truyền thống “Dạy tốt - Học tốt”, đưa Lương Văn Tụy trở thành một trong những "
            "trường chuyên có chất lượng giáo dục hàng đầu khu vực đồng bằng sông Hồng."
        ),
        P(
            "Trong năm học 2025 - 2026, nhà trường có 47 học sinh đạt giải trong kỳ thi chọn học sinh "
            "giỏi quốc gia, trong đó có 5 giải Nhất; tỷ lệ học sinh trúng tuyển đại học đạt trên 98%."
        ),
        P(
            "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
            "noi theo”, đồng chí Phó Giám đốc Sở GD&ĐT phát biểu tại buổi lễ.",
            style="quote",
        ),
        Img(
            _doc(45232, "ky-niem-20-11-02.jpg", 1763604000415),
            "Lãnh đạo Sở GD&ĐT trao Bằng khen cho các giáo viên có thành tích xuất sắc",
            "Lãnh đạo Sở GD&ĐT trao Bằng khen cho các giáo viên có thành tích xuất sắc",
            style="next",
        ),
        P(
            "Nhân dịp này, 12 tập thể và 46 cá nhân được khen thưởng; 3 nhà giáo được tặng Kỷ niệm "
            "chương “Vì sự nghiệp giáo dục”. Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do "
            "học sinh các lớp biểu diễn tri ân thầy cô."
        ),
    ],
    authors=["Trần Thu Hà"],
    photographers=["Trần Thu Hà"],
    opts={
        "display": "2026-11-20 09:00",
        "poster": "Quản trị LVT",
        "byline": '<p class="text-right">Bài và ảnh: <strong>Trần Thu Hà</strong></p>',
        "sub": "45131",
    },
)

TT4 = Story(
    id=4,
    slug="hoc-sinh-nha-truong-dat-3-giai-tai-ngay-hoi-stem-tinh-ninh-binh-nam-2026",
    title="Học sinh nhà trường đạt 3 giải tại Ngày hội STEM tỉnh Ninh Bình năm 2026",
    cat="tin-tuc",
    published_at="2026-11-12",
    summary=(
        "Với ba sản phẩm đạt giải, học sinh Trường THPT chuyên Lương Văn Tụy tiếp tục khẳng định năng "
        "lực nghiên cứu, sáng tạo tại Ngày hội STEM do Sở GD&ĐT Ninh Bình tổ chức."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            _doc(45233, "ngay-hoi-stem-2026.jpg", 1762907400090),
            "Nhóm học sinh lớp 11 Vật lý giới thiệu sản phẩm với Ban giám khảo",
            "Nhóm học sinh lớp 11 Vật lý giới thiệu sản phẩm với Ban giám khảo",
            style="featured",
        ),
        P(
            "Ngày hội STEM tỉnh Ninh Bình năm 2026 được tổ chức trong hai ngày 8 và 9/11 tại Trung tâm "
            "Hội nghị tỉnh, thu hút 142 sản phẩm của học sinh các trường trung học cơ sở và trung học "
            "phổ thông trên địa bàn."
        ),
        P(
            "Nhà trường tham dự với năm sản phẩm thuộc các lĩnh vực vật lý ứng dụng, tin học và khoa "
            "học môi trường. Các sản phẩm đều được nhóm học sinh thực hiện dưới sự hướng dẫn của giáo "
            "viên các tổ chuyên môn từ đầu năm học."
        ),
        Raw(
            '<div class="embed-responsive embed-responsive-16by9" data-embed-id="https://www.youtube.com/embed/Q3v9LtSt2Mk">'
            '<iframe allowfullscreen="" frameborder="0" height="315" src="https://www.youtube.com/embed/Q3v9LtSt2Mk?rel=0" width="560"></iframe></div>'
            '<p style="text-align:center"><em>Video: Hệ thống cảnh báo sớm ngập úng của nhóm học sinh lớp 11 Vật lý</em></p>'
        ),
        P("Kết quả, nhà trường giành được:"),
        P("- Giải Nhất: Hệ thống cảnh báo sớm ngập úng cho đô thị (nhóm học sinh lớp 11 Vật lý);"),
        P(
            "- Giải Nhì: Ứng dụng nhận diện sâu bệnh trên lá lúa bằng trí tuệ nhân tạo (nhóm học sinh "
            "lớp 12 Tin học);",
            style="br",
        ),
        P("- Giải Ba: Máy lọc nước mini sử dụng vật liệu từ vỏ trấu (nhóm học sinh lớp 10 Hóa học).", style="br"),
        P(
            "Ban Giám hiệu nhà trường đã biểu dương các nhóm học sinh và giáo viên hướng dẫn, đồng thời "
            "định hướng hoàn thiện sản phẩm để tham gia Cuộc thi Khoa học kỹ thuật cấp quốc gia."
        ),
        Raw(
            f'<p><strong>Xem thêm:</strong> <a href="{SITE}/w/doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-chuyen-doi-so">'
            "Đoàn công tác Sở GD&amp;ĐT kiểm tra công tác chuyển đổi số tại Trường THPT chuyên Lương Văn Tụy</a></p>"
        ),
    ],
    authors=["Ngọc Lan"],
    opts={
        "display": "2026-11-12 00:00",
        "poster": "Quản trị LVT",
        "byline": '<p class="text-right"><strong>Ngọc Lan</strong></p>',
        "tags": ["stem"],
        "rating_inside": True,
    },
)

TT5 = Story(
    id=5,
    slug="chi-doan-12-toan-trai-nghiem-hoc-tap-lich-su-tai-khu-di-tich-co-do-hoa-lu",
    title="Chi đoàn 12 Toán trải nghiệm, học tập lịch sử tại Khu di tích Cố đô Hoa Lư",
    cat="tin-tuc",
    published_at="2026-10-30T16:45:00+07:00",
    blocks=[
        P(
            "Nhằm giáo dục truyền thống lịch sử, văn hóa của quê hương cho đoàn viên, thanh niên, ngày "
            "28/10, Chi đoàn 12 Toán Trường THPT chuyên Lương Văn Tụy đã tổ chức chuyến trải nghiệm "
            "thực tế tại Khu di tích lịch sử văn hóa Cố đô Hoa Lư."
        ),
        P(
            "Tại đền thờ vua Đinh Tiên Hoàng và vua Lê Đại Hành, các đoàn viên đã dâng hương tưởng nhớ, "
            "nghe thuyết minh viên giới thiệu về lịch sử kinh đô đầu tiên của nhà nước phong kiến trung "
            "ương tập quyền Việt Nam."
        ),
        Img(
            _doc(45234, "co-do-hoa-lu-12-toan.jpg", 1761817500044),
            "Đoàn viên Chi đoàn 12 Toán dâng hương tại đền thờ vua Đinh Tiên Hoàng",
            "Đoàn viên Chi đoàn 12 Toán dâng hương tại đền thờ vua Đinh Tiên Hoàng",
            style="fig",
        ),
        P(
            "Sau phần tham quan, các em tham gia trò chơi tìm hiểu lịch sử với các câu hỏi về triều "
            "Đinh, triều Tiền Lê và quá trình dời đô ra Thăng Long. Nhiều đoàn viên bất ngờ khi biết "
            "thêm những chi tiết thú vị về hệ thống thành lũy, cung điện của kinh đô xưa."
        ),
        P(
            "Em Đỗ Khánh Linh, Bí thư Chi đoàn chia sẻ: “Chuyến đi giúp chúng em hiểu hơn về mảnh đất "
            "mình đang sống và thêm tự hào về truyền thống của quê hương Ninh Bình”."
        ),
    ],
    authors=["Minh Hằng"],
    source="Báo Ninh Bình",
    opts={
        "display": "2026-10-30 16:45",
        "poster": "bientap.lvt",
        "byline": '<p class="text-right"><strong>Minh Hằng</strong></p>',
        "nguon": "Báo Ninh Bình",
        "sub": "45130",
    },
)

TT6 = Story(
    id=6,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-10-15T07:30:00+07:00",
    summary=(
        "Ngày 14/10, Trường THPT chuyên Lương Văn Tụy tổ chức Hội nghị viên chức, người lao động năm "
        "học 2026 - 2027 nhằm đánh giá kết quả năm học trước và thống nhất nhiệm vụ trọng tâm của năm "
        "học mới."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            _doc(45235, "hoi-nghi-vc-2026.jpg", 1760488200810),
            "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
            "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
            style="featured",
        ),
        P(
            "Hội nghị có sự tham dự của 112 cán bộ, giáo viên, nhân viên nhà trường. Đồng chí Hiệu "
            "trưởng trình bày báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học "
            "2026 - 2027."
        ),
        P(
            "Năm học qua, nhà trường duy trì vững chắc chất lượng giáo dục mũi nhọn, hoàn thành tốt các "
            "chỉ tiêu thi đua được giao; cơ sở vật chất tiếp tục được đầu tư với việc đưa vào sử dụng "
            "nhà đa năng và hai phòng học bộ môn mới."
        ),
        P("Một số chỉ tiêu chính năm học 2026 - 2027", style="h"),
        P("Nội dung | Chỉ tiêu", style="tr"),
        P("Học sinh đạt giải HSG quốc gia | Từ 45 giải trở lên", style="tr"),
        P("Tỷ lệ tốt nghiệp THPT | 100%", style="tr"),
        P("Giáo viên đạt chuẩn, trên chuẩn | 100%, trong đó trên 60% có trình độ thạc sĩ trở lên", style="tr"),
        P(
            "Hội nghị đã thảo luận, đóng góp nhiều ý kiến tâm huyết về đổi mới phương pháp dạy học, "
            "kiểm tra đánh giá và công tác chăm lo đời sống cán bộ, giáo viên. 100% đại biểu biểu "
            "quyết thông qua Nghị quyết hội nghị."
        ),
        P(
            "Dịp này, Ban Giám hiệu và Ban Chấp hành Công đoàn đã ký kết giao ước thi đua; các tổ chuyên "
            "môn đăng ký danh hiệu thi đua năm học 2026 - 2027."
        ),
    ],
    authors=["Đinh Văn Lâm"],
    opts={
        "display": "2026-10-15 07:30",
        "poster": "Quản trị LVT",
        "byline": '<p class="text-right"><strong>ThS. Đinh Văn Lâm - Phó Hiệu trưởng</strong></p>',
        "old_slug": "hoi-nghi-cong-chuc-vien-chuc-nam-hoc-2026-2027",
        "sub": "45131",
    },
)

CM1 = Story(
    id=7,
    slug="to-ngu-van-to-chuc-chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan",
    title="Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT 2018”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-01T08:45:00+07:00",
    summary=(
        "Ngày 29/11, Tổ Ngữ văn tổ chức sinh hoạt chuyên đề cấp trường về dạy học đọc hiểu văn bản "
        "nghị luận theo định hướng phát triển năng lực học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chuyên đề được triển khai qua tiết dạy minh họa văn bản “Chiếu dời đô” của Lý Công Uẩn tại "
            "lớp 11 Văn do cô giáo Phạm Thu Trang thực hiện."
        ),
        P(
            "Tiết dạy được thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức, luyện tập và "
            "vận dụng. Học sinh làm việc nhóm, sử dụng phiếu học tập để phân tích hệ thống luận điểm, "
            "lí lẽ và bằng chứng của văn bản, từ đó liên hệ với bối cảnh lịch sử của vùng đất Hoa Lư."
        ),
        Img(
            _doc(45240, "chuyen-de-ngu-van.jpg", 1764553500222),
            "Học sinh lớp 11 Văn thảo luận nhóm trong tiết dạy minh họa",
            "Học sinh lớp 11 Văn thảo luận nhóm trong tiết dạy minh họa",
            style="next",
        ),
        P(
            "Ở phần thảo luận, các giáo viên trong tổ đã chia sẻ kinh nghiệm về cách đặt câu hỏi đọc "
            "hiểu theo các mức độ nhận biết, thông hiểu, vận dụng, đồng thời đề xuất sử dụng sơ đồ tư "
            "duy để học sinh khái quát cấu trúc lập luận."
        ),
        P(
            "Chuyên đề giúp giáo viên thống nhất cách tiếp cận khi dạy học văn bản nghị luận, góp phần "
            "nâng cao chất lượng đội tuyển học sinh giỏi và kết quả thi tốt nghiệp THPT môn Ngữ văn."
        ),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={
        "display": "2026-12-01 08:45",
        "poster": "Quản trị LVT",
        "byline": (
            '<p class="MsoNormal" style="text-align:right"><b><span style="font-size:14.0pt">'
            "Nguyễn Thị Hồng Nhung</span></b><span style=\"font-size:14.0pt\"> (Tổ trưởng Tổ Ngữ văn)</span></p>"
        ),
        "text": "mso",
    },
)

CM2 = Story(
    id=8,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-28T16:10:00+07:00",
    summary=(
        "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, Trường THPT chuyên Lương "
        "Văn Tụy có 156/160 học sinh dự thi đạt giải, dẫn đầu toàn tỉnh về số lượng và chất lượng giải."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi được Sở GD&ĐT tổ chức ngày 18/11/2026 với 13 môn thi. Nhà trường có 160 học sinh dự "
            "thi, trong đó 156 em đạt giải, gồm 38 giải Nhất, 57 giải Nhì, 46 giải Ba và 15 giải Khuyến "
            "khích."
        ),
        P("Kết quả theo môn thi (một số môn)", style="h"),
        P("Môn thi | Số dự thi | Giải Nhất | Tổng số giải", style="tr"),
        P("Toán | 14 | 5 | 14", style="tr"),
        P("Vật lý | 14 | 4 | 14", style="tr"),
        P("Hóa học | 14 | 4 | 13", style="tr"),
        P("Tin học | 12 | 3 | 12", style="tr"),
        P("Ngữ văn | 14 | 3 | 13", style="tr"),
        P(
            "Đây là cơ sở quan trọng để nhà trường lựa chọn đội tuyển tham dự kỳ thi chọn học sinh giỏi "
            "quốc gia năm 2027."
        ),
        Raw(
            '<p><span style="color:#c0392b">Tệp đính kèm:</span> <a data-fileentryid="45290" href="'
            + _doc(45102, "KQ-HSG-12-cap-tinh-2026.pdf", 1764320000000).replace("&", "&amp;")
            + '">KQ-HSG-12-cap-tinh-2026.pdf</a> (312 KB)</p>'
        ),
    ],
    authors=["Tổ Giáo vụ"],
    opts={
        "display": "2026-11-28 16:10",
        "mod": "2026-12-02 09:12",
        "poster": "giaovu.lvt",
        "byline": '<p class="text-right"><em>Tổ Giáo vụ</em></p>',
    },
)

CM3 = Story(
    id=9,
    slug="hoi-thao-khoa-hoc-phat-trien-nang-luc-tu-hoc-cho-hoc-sinh-truong-chuyen",
    title="Hội thảo khoa học “Phát triển năng lực tự học cho học sinh trường chuyên”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18T15:00:00+07:00",
    blocks=[
        P(
            "Ngày 16/11, nhà trường tổ chức hội thảo khoa học “Phát triển năng lực tự học cho học sinh "
            "trường chuyên” với sự tham gia của hơn 100 cán bộ quản lý, giáo viên và đại diện học sinh "
            "các khối lớp."
        ),
        P(
            "Ban tổ chức đã nhận được 27 tham luận, trong đó 8 tham luận được chọn trình bày tại hội "
            "thảo. Các ý kiến tập trung vào việc xây dựng kế hoạch tự học cá nhân, sử dụng học liệu số "
            "và vai trò của giáo viên chủ nhiệm trong việc hình thành thói quen tự học cho học sinh."
        ),
        Img(
            _doc(45241, "hoi-thao-tu-hoc.jpg", 1763452800355),
            "Ảnh: Hoàng Minh",
            None,
            style="pic:45299",
        ),
        P(
            "Thầy giáo Lê Quang Vinh, Tổ Toán cho rằng năng lực tự học cần được rèn luyện ngay từ lớp 10 "
            "thông qua các nhiệm vụ học tập có tính thách thức vừa sức, kèm theo cơ chế phản hồi "
            "thường xuyên của giáo viên."
        ),
        P(
            "Đại diện học sinh, em Vũ Hà My lớp 12 Anh chia sẻ bí quyết lập thời gian biểu, chia nhỏ "
            "mục tiêu và học theo nhóm trực tuyến để duy trì động lực học tập."
        ),
        P(
            "Kết thúc hội thảo, Ban Giám hiệu giao các tổ chuyên môn cụ thể hóa các giải pháp vào kế "
            "hoạch dạy học từ học kỳ II năm học 2026 - 2027."
        ),
    ],
    authors=["Lê Thị Thanh Bình"],
    photographers=["Hoàng Minh"],
    opts={
        "display": "2026-11-18 15:00",
        "poster": "Quản trị LVT",
        "byline": '<p class="text-right"><strong>Lê Thị Thanh Bình</strong></p>',
        "text": "nfd",
    },
)

CM4 = Story(
    id=10,
    slug="doi-tuyen-tin-hoc-tang-cuong-tap-huan-chuan-bi-ky-thi-hoc-sinh-gioi-quoc-gia",
    title="Đội tuyển Tin học tăng cường tập huấn chuẩn bị kỳ thi học sinh giỏi quốc gia",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-05T10:20:00+07:00",
    summary=(
        "Từ đầu tháng 11, đội tuyển Tin học của nhà trường bước vào đợt tập huấn chuyên sâu với sự hỗ "
        "trợ của các giảng viên Trường Đại học Bách khoa Hà Nội."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đội tuyển gồm 10 học sinh lớp 11 và 12, được tuyển chọn qua hai vòng thi tuyển của nhà "
            "trường và kỳ thi học sinh giỏi cấp tỉnh. Lịch tập huấn kéo dài 8 tuần, mỗi tuần 5 buổi, "
            "tập trung vào các chuyên đề quy hoạch động, đồ thị và cấu trúc dữ liệu nâng cao."
        ),
        Img(
            _doc(45242, "doi-tuyen-tin-hoc.jpg", 1762312800190),
            "Các thành viên đội tuyển Tin học trong buổi luyện đề",
            "Các thành viên đội tuyển Tin học trong buổi luyện đề",
            style="fig",
        ),
        P(
            "Bên cạnh các buổi học trực tiếp, đội tuyển tham gia thi thử định kỳ trên hệ thống chấm bài "
            "trực tuyến của nhà trường. Kết quả mỗi đợt thi thử được giáo viên phân tích chi tiết để "
            "điều chỉnh nội dung tập huấn."
        ),
        P(
            "Thầy giáo Nguyễn Hữu Thắng, giáo viên phụ trách đội tuyển cho biết: “Các em có nền tảng "
            "tốt và tinh thần tự giác cao. Mục tiêu của đội năm nay là 100% thành viên đạt giải, trong "
            "đó có giải Nhất”."
        ),
        P("👉 Kỳ thi chọn học sinh giỏi quốc gia năm 2027 dự kiến diễn ra vào cuối tháng 12/2026."),
    ],
    authors=["Nguyễn Hữu Thắng"],
    opts={
        "display": "2026-11-05 10:20",
        "poster": "Quản trị LVT",
        "byline": '<p class="text-right"><strong>Nguyễn Hữu Thắng</strong></p>',
        "tags": ["hoc-sinh-gioi"],
    },
)

TB1 = Story(
    id=11,
    slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-12-04T15:20:00+07:00",
    blocks=[
        P(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với học sinh các "
            "khối lớp 10, 11 và 12 như sau:"
        ),
        P("Ngày | Buổi sáng | Buổi chiều", style="tr"),
        P("Thứ Hai, 21/12/2026 | Ngữ văn (90 phút) | Lịch sử (45 phút)", style="tr"),
        P("Thứ Ba, 22/12/2026 | Toán (90 phút) | Tiếng Anh (60 phút)", style="tr"),
        P("Thứ Tư, 23/12/2026 | Môn chuyên (180 phút) | Các môn lựa chọn (45 phút)", style="tr"),
        P(
            "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và dụng "
            "cụ học tập theo quy định. Danh sách phòng thi được niêm yết tại bảng tin nhà trường và gửi "
            "qua hệ thống sổ liên lạc điện tử."
        ),
        P(
            "Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh; các tổ chuyên "
            "môn hoàn thành ra đề, duyệt đề trước ngày 16/12/2026."
        ),
    ],
    authors=["Văn phòng nhà trường"],
    opts={
        "display": "2026-12-04 15:20",
        "poster": "vanphong.lvt",
        "byline": '<p style="text-align:right"><strong>Văn phòng nhà trường</strong></p>',
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="text-align:center; width:45%">SỞ GD&amp;ĐT NINH BÌNH<br />'
    "<strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY</strong><br />Số: 215/TB-LVT</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Ninh Bình, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức thi thử tốt nghiệp THPT năm 2027 lần thứ nhất</strong></p>"
)
_CLOSING = (
    '<table border="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn, GVCN khối 12;<br />- Đăng website trường;<br />- Lưu: VT, GV.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
    "<br /><em>(đã ký)</em><br /><br /><strong>Vũ Thị Thanh Hương</strong></td>"
    "</tr></tbody></table>"
)

TB2 = Story(
    id=12,
    slug="thong-bao-ve-viec-to-chuc-thi-thu-tot-nghiep-thpt-nam-2027-lan-thu-nhat",
    title="Thông báo về việc tổ chức thi thử tốt nghiệp THPT năm 2027 lần thứ nhất",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ kế hoạch năm học 2026 - 2027 của Trường THPT chuyên Lương Văn Tụy;"),
        P(
            "Nhằm giúp học sinh lớp 12 làm quen với cấu trúc đề thi, rèn luyện kỹ năng làm bài và tâm lý "
            "phòng thi, nhà trường thông báo tổ chức thi thử tốt nghiệp THPT năm 2027 lần thứ nhất như "
            "sau:"
        ),
        P("1. Đối tượng: toàn bộ học sinh khối 12 (12 lớp)."),
        P("2. Thời gian: ngày 12 và 13/12/2026."),
        P("3. Môn thi: Toán, Ngữ văn và hai môn lựa chọn theo đăng ký của học sinh."),
        P("4. Hình thức: thi trên giấy, đề thi theo cấu trúc của Bộ GD&ĐT."),
        P(
            "Giáo viên chủ nhiệm các lớp 12 thông báo tới học sinh và cha mẹ học sinh; Tổ Giáo vụ chuẩn "
            "bị phòng thi, danh sách thí sinh trước ngày 10/12/2026."
        ),
        Raw(_CLOSING),
    ],
    authors=["Vũ Thị Thanh Hương"],
    opts={
        "display": "2026-12-01 07:40",
        "poster": "vanphong.lvt",
        "byline": "",
    },
)

TB3 = Story(
    id=13,
    slug="tuyen-thanh-vien-cau-lac-bo-tieng-anh-lvt-english-club-nam-hoc-2026-2027",
    title="Tuyển thành viên Câu lạc bộ Tiếng Anh LVT English Club năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-10T10:00:00+07:00",
    blocks=[
        P(
            "LVT English Club thông báo tuyển thành viên mới năm học 2026 - 2027 dành cho học sinh tất "
            "cả các khối lớp có niềm đam mê với tiếng Anh và các hoạt động ngoại khóa."
        ),
        P("Quyền lợi của thành viên:"),
        P("Tham gia sinh hoạt chuyên đề hằng tuần với giáo viên bản ngữ;", style="li"),
        P("Rèn luyện kỹ năng thuyết trình, tranh biện bằng tiếng Anh;", style="li"),
        P(
            "Tham gia tổ chức các sự kiện lớn của nhà trường như Ngày hội tiếng Anh, đêm nhạc Giáng "
            "sinh.",
            style="li",
        ),
        P(
            "Học sinh đăng ký qua biểu mẫu trực tuyến hoặc trực tiếp tại phòng Đoàn trường trước ngày "
            "20/11/2026. Vòng phỏng vấn dự kiến diễn ra vào chiều thứ Bảy, 21/11/2026."
        ),
    ],
    opts={
        "display": "2026-11-10 10:00",
        "poster": "doantruong.lvt",
        "byline": '<p class="text-right"><strong>BBT</strong></p>',
    },
)

STORIES: list[Story] = [TT1, TT2, TT3, TT4, TT5, TT6, CM1, CM2, CM3, CM4, TB1, TB2, TB3]
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}

CATS = {
    "tin-tuc": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
SUBJECTS = {"45130": "Hoạt động Đoàn - Hội", "45131": "Thi đua - Khen thưởng"}
PLACEHOLDER = "/o/ltv-theme/images/anh-mac-dinh.png"
VIDEO_SLUG = "video-lvt-67-nam-mot-chang-duong"
DL_ID = "Lq8Zr2Vn4Kd1"
DL_VIEW = f"{SITE}/van-ban/-/document_library/{DL_ID}/view_file/45890"


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["display"], "%Y-%m-%d %H:%M")


def _in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_when, reverse=True)


def _newest_news(n: int = 4) -> list[Story]:
    return sorted((s for s in STORIES if s.cat != "thong-bao"), key=_when, reverse=True)[:n]

# --- dates as Liferay prints them ------------------------------------------------------------


def _vi_day(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def _vi_time(dt: datetime) -> str:
    """java.text for vi_VN, pattern "hh:mm a": SA (sáng) before noon, CH (chiều) after."""
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {'SA' if dt.hour < 12 else 'CH'}"


def _en_stamp(dt: datetime) -> str:
    """en_US SHORT date-time, as the /en/ twin prints it: "12/3/26, 2:30 PM"."""
    hour = dt.hour % 12 or 12
    return f"{dt.month}/{dt.day}/{dt.year % 100}, {hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def _ago(dt: datetime, lang: str) -> str:
    days = (TODAY - dt.date()).days
    if lang == "en":
        return f"{days} Days Ago" if days > 1 else "1 Day Ago"
    return f"Cách đây {days} Ngày" if days > 1 else "Cách đây 1 Ngày"


_UI = {
    "vi": {
        "home": "Trang chủ", "signin": "Đăng nhập", "search": "Tìm kiếm...", "skip": "Bỏ qua để tới Nội dung chính",
        "updated": "Cập nhật", "posted": "Đăng bởi", "views": "Lượt xem", "source": "Nguồn",
        "latest": "Tin mới nhất", "notices": "Thông báo mới", "share": "Chia sẻ", "tags": "Từ khóa",
        "rating": "Đánh giá bài viết", "votes": "Phiếu bầu", "more": "Xem tiếp", "all": "Tất cả",
        "prev": "Trang trước", "next": "Trang tiếp", "shown": "Hiển thị {a} tới {b} trong số {n} mục.",
        "none": "Không có kết quả nào.", "back": "Quay lại", "first": "Đầu", "last": "Cuối",
        "page_of": "Trang {p} của {n}", "readmore": "Xem thêm", "lang": "vi-VN",
    },
    "en": {
        "home": "Home", "signin": "Sign In", "search": "Search...", "skip": "Skip to Main Content",
        "updated": "Modified", "posted": "Posted by", "views": "Views", "source": "Source",
        "latest": "Tin mới nhất", "notices": "Thông báo mới", "share": "Share", "tags": "Tags",
        "rating": "Rate this", "votes": "Votes", "more": "Xem tiếp", "all": "All",
        "prev": "Previous Page", "next": "Next Page", "shown": "Showing {a} to {b} of {n} entries.",
        "none": "No results were found.", "back": "Back", "first": "First", "last": "Last",
        "page_of": "Page {p} of {n}", "readmore": "Read More", "lang": "en-US",
    },
}


def _u(lang: str, target: str) -> str:
    """Internal links of the English twin keep the /en prefix, as Liferay's i18n path does."""
    return f"/en{target}" if lang == "en" and target.startswith(("/web/", "/c/")) else target


def _tx(story: Story, value: str) -> str:
    return text(value, nfd=story.opts.get("text") == "nfd")


def _stamp(dt: datetime, lang: str) -> str:
    if lang == "en":
        return f"<span>{_en_stamp(dt)}</span>"
    return (
        f'<span data-lfr-editable-id="ngay-hien-thi" data-lfr-editable-type="date-time">{_vi_day(dt)}</span> '
        f'<span class="ltv-gio" data-lfr-editable-id="gio-hien-thi" data-lfr-editable-type="text">{_vi_time(dt)}</span>'
    )


# --- page shell --------------------------------------------------------------------------------

_ICON = '<svg class="lexicon-icon lexicon-icon-{0}" focusable="false" role="presentation"><use xlink:href="/o/classic-theme/images/clay/icons.svg#{0}"></use></svg>'


def _head(req: Request, lang: str, title: str, canonical: str, extra: str = "") -> str:
    host = base_url(req)
    vi_target = canonical
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{_UI[lang]['lang']}">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&amp;mac=Yf0X3Hq2&amp;browserId=other&amp;languageId={'en_US' if lang == 'en' else 'vi_VN'}&amp;t=1764400000000" type="text/javascript"></script>
<link data-senna-track="temporary" href="{host}{_u(lang, canonical)}" rel="canonical" />
<link data-senna-track="temporary" href="{host}{vi_target}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{host}/en{vi_target}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{host}{vi_target}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="{'en_US' if lang == 'en' else 'vi_VN'}">
<meta property="og:locale:alternate" content="vi_VN">
<meta property="og:locale:alternate" content="en_US">
<meta property="og:site_name" content="{SCHOOL}">
{extra}
<link href="/o/ltv-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/ltv-theme/css/clay.css?browserId=other&amp;themeId=ltvtheme_WAR_ltvtheme&amp;minifierType=css&amp;t=1764400000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/ltv-theme/css/main.css?browserId=other&amp;themeId=ltvtheme_WAR_ltvtheme&amp;t=1764400000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}}}};
var themeDisplay = {{
	getLayoutRelativeURL: function() {{return "{esc(_u(lang, canonical))}";}},
	getPathMain: function() {{return "/c";}},
	getScopeGroupId: function() {{return "{GROUP_ID}";}},
	getLanguageId: function() {{return "{'en_US' if lang == 'en' else 'vi_VN'}";}},
	isSignedIn: function() {{return false;}}
}};
// ]]>
</script>
</head>
"""


def _header(lang: str) -> str:
    ui = _UI[lang]
    menu = [
        (f"{SITE}/trang-chu", ui["home"], []),
        (f"{SITE}/gioi-thieu", "Giới thiệu", [(f"{SITE}/gioi-thieu", "Lịch sử phát triển"), (f"{SITE}/lien-he", "Thông tin liên hệ")]),
        (f"{SITE}/tin-tuc", CATS["tin-tuc"], []),
        (f"{SITE}/hoat-dong-chuyen-mon", CATS["hoat-dong-chuyen-mon"], []),
        (f"{SITE}/thong-bao", CATS["thong-bao"], []),
        (f"{SITE}/van-ban", "Văn bản", []),
        (f"{SITE}/thu-vien-anh", "Thư viện ảnh", []),
        (f"{SITE}/lien-he", "Liên hệ", []),
    ]
    items = []
    for n, (href, label, children) in enumerate(menu, start=1):
        if children:
            sub = "".join(
                f'<li class="lfr-nav-item" role="presentation"><a class="dropdown-item" href="{_u(lang, h)}" role="menuitem">{esc(t)}</a></li>'
                for h, t in children
            )
            items.append(
                f'<li class="dropdown lfr-nav-item nav-item" id="layout_{n}" role="presentation">'
                f'<a aria-haspopup="true" class="dropdown-toggle nav-link" href="{_u(lang, href)}" role="menuitem">'
                f'<span class="text-truncate">{esc(label)} {_ICON.format("caret-bottom")}</span></a>'
                f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item nav-item" id="layout_{n}" role="presentation">'
                f'<a class="nav-link text-truncate" href="{_u(lang, href)}" role="menuitem"><span class="text-truncate">{esc(label)}</span></a></li>'
            )
    return f"""<div class="lfr-spa-loading-bar"></div>
<nav aria-label="Quick Links" class="bg-dark cadmin quick-access-nav text-center text-white" id="ayyq_quickAccessNav">
<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">{ui['skip']}</a>
</nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="ltv-dau-trang" id="banner">
<div class="ltv-thanh-tren small text-white"><div class="container-fluid container-fluid-max-xl d-flex justify-content-between py-1">
<span class="ltv-hom-nay">{HEADER_TODAY}</span>
<span class="ltv-nn"><a href="#" lang="vi-VN" class="text-white">VI</a> | <span class="text-white-50">EN</span> &nbsp; <a class="sign-in text-white" data-redirect="false" href="/c/portal/login" rel="nofollow">{_ICON.format("user")} {ui['signin']}</a></span>
</div></div>
<div class="navbar navbar-classic navbar-top py-2"><div class="container-fluid container-fluid-max-xl d-flex align-items-center">
<a class="custom-logo d-flex align-items-center logo" href="{_u(lang, SITE)}" title="Tới {SCHOOL}">
<img alt="" class="mr-3" height="84" src="/image/layout_set_logo?img_id=35177&amp;t=1764400000000" width="84" />
<h1 class="ltv-ten-truong mb-0"><span class="ltv-so d-block small">SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH</span>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY</h1>
</a>
<form action="{_u(lang, SITE + '/search')}" class="ltv-tim ml-auto form-inline" method="get">
<input class="form-control form-control-sm" name="q" placeholder="{ui['search']}" title="{ui['search']}" type="text" />
<button aria-label="Tìm" class="btn btn-sm btn-light" type="submit">{_ICON.format("search")}</button>
</form>
</div></div>
<nav class="ltv-menu-chinh navbar navbar-expand-md navbar-dark" id="navigation" role="navigation">
<div class="container-fluid container-fluid-max-xl"><ul aria-label="Trang web" class="navbar-nav" role="menubar">
{''.join(items)}
</ul></div></nav>
</header>
<section class="flex-fill" id="content">
"""


def _footer() -> str:
    return f"""</section>
<footer class="ltv-chan-trang" id="footer" role="contentinfo">
<div class="container-fluid container-fluid-max-xl py-4 row">
<div class="col-md-7">
<p class="text-uppercase font-weight-bold">{SCHOOL}</p>
<p>Địa chỉ: Đường Xuân Thành, phường Hoa Lư, tỉnh Ninh Bình</p>
<p>Điện thoại: 0229.3871.157 - Fax: 0229.3871.158 - Email: c3luongvantuy@ninhbinh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường</p>
</div>
<div class="col-md-5 text-md-right small">
<p>© 2026 Bản quyền thuộc về {SCHOOL}.</p>
<p>Ghi rõ nguồn “{SCHOOL}” khi phát hành lại thông tin từ website này.</p>
<p class="text-white-50">Vận hành trên nền tảng Liferay DXP</p>
</div>
</div>
</footer>
</div>
</div>
<script src="/o/frontend-js-web/liferay/global.bundle.js?browserId=other&amp;t=1764400000000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
Liferay.on('allPortletsReady', function() {{ Liferay.Util.focusFormField(); }});
// ]]>
</script>
</body>
</html>
"""


def _sidebar(lang: str) -> str:
    notices = "".join(
        f'<li class="ltv-tb-muc mb-2"><a href="{_u(lang, SITE + "/w/" + s.slug)}">{esc(s.title)}</a>'
        f' <span class="small text-secondary">({_vi_day(_when(s))})</span></li>'
        for s in _in_cat("thong-bao")[:2]
    )
    return f"""<div class="col-12 col-lg-4 lfr-layout-structure-item-column ltv-cot-phai">
<div class="fragment_35190 mb-4"><div class="ltv-hop"><h3 class="ltv-hop-td">{_UI[lang]['notices']}</h3>
<div class="lfr-layout-structure-item-collection"><ul class="list-unstyled">{notices}</ul></div>
<a class="small" href="{_u(lang, SITE + '/thong-bao')}">Xem tất cả »</a></div></div>
<div class="fragment_35191 mb-4"><div class="ltv-hop"><h3 class="ltv-hop-td">Video</h3>
<a href="{_u(lang, SITE + '/w/' + VIDEO_SLUG)}"><img alt="LVT - 67 năm một chặng đường" src="/o/ltv-theme/images/video-thumb.jpg" width="100%" /></a>
<p class="small mb-0">LVT - 67 năm một chặng đường</p></div></div>
<div class="fragment_35192 mb-4"><div class="ltv-hop"><h3 class="ltv-hop-td">Liên kết website</h3>
<select class="form-control" onchange="if(this.value) window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://ninhbinh.edu.vn">Sở GD&amp;ĐT Ninh Bình</option>
<option value="https://ninhbinh.gov.vn">Cổng TTĐT tỉnh Ninh Bình</option>
</select>
<p class="mt-2 mb-0"><a href="https://www.facebook.com/thptchuyenluongvantuy" rel="noopener" target="_blank"><img alt="Fanpage" src="/o/ltv-theme/images/facebook-banner.png" width="100%" /></a></p>
</div></div>
<div class="portlet-boundary portlet-boundary_com_liferay_polls_web_portlet_PollsDisplayPortlet_ mb-4" id="p_p_id_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pl7uX2_">
<div class="ltv-hop"><h3 class="ltv-hop-td">Thăm dò ý kiến</h3>
<form action="{_u(lang, SITE + '/trang-chu')}?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pl7uX2&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pl7uX2_javax.portlet.action=%2Fpolls_display%2Fview_question" method="post">
<p>Bạn quan tâm nhất đến nội dung nào trên website?</p>
<div class="radio"><label><input name="choiceId" type="radio" value="1" /> Tin tức - Sự kiện</label></div>
<div class="radio"><label><input name="choiceId" type="radio" value="2" /> Hoạt động chuyên môn</label></div>
<div class="radio"><label><input name="choiceId" type="radio" value="3" /> Thông báo, lịch thi</label></div>
<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button>
</form></div></div>
<div class="fragment_35193"><div class="ltv-hop ltv-thong-ke"><h3 class="ltv-hop-td">Thống kê truy cập</h3>
<table class="table table-sm mb-0"><tbody>
<tr><td>Đang online</td><td class="text-right">37</td></tr>
<tr><td>Hôm nay</td><td class="text-right">1.204</td></tr>
<tr><td>Tổng truy cập</td><td class="text-right">3.845.120</td></tr>
</tbody></table></div></div>
</div>
"""


def _breadcrumb(lang: str, trail: list[tuple[str | None, str]]) -> str:
    items = [f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{_u(lang, SITE)}" title="{_UI[lang]["home"]}"><span class="breadcrumb-text-truncate">{_UI[lang]["home"]}</span></a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{_u(lang, href)}"><span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>')
        else:
            items.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-barebone" '
        'id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_ltvbc_">'
        '<nav aria-label="Breadcrumb" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_ltvbc_breadcrumbs-defaultScreen">'
        f'<ol class="breadcrumb">{"".join(items)}</ol></nav></div>'
    )


def _page(req: Request, lang: str, title: str, canonical: str, main: str, *, sidebar: bool = True, extra_head: str = "", body_class: str = "") -> Response:
    cols = f'<div class="col-12 col-lg-8 lfr-layout-structure-item-column">{main}</div>{_sidebar(lang)}' if sidebar else f'<div class="col-12">{main}</div>'
    page = (
        _head(req, lang, title, canonical, extra_head)
        + f'<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site {body_class}">\n'
        + _header(lang)
        + '<div class="layout-content portlet-layout" id="main-content" role="main">'
        + '<div class="lfr-layout-structure-item-container"><div class="container-fluid container-fluid-max-xl py-3">'
        + f'<div class="lfr-layout-structure-item-row"><div class="row">{cols}</div></div></div></div></div>\n'
        + _footer()
    )
    return html(page)

# --- the rich text of the "Nội dung" field -----------------------------------------------------

_MSO_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{}</span><o:p></o:p></p>'
)


def _img_tag(src: str, alt: str = "") -> str:
    fid = 45000 + int(hashlib.md5(src.encode()).hexdigest()[:3], 16) % 900
    return f'<img alt="{esc(alt)}" data-fileentryid="{fid}" src="{esc(src)}" style="max-width:100%" />'


def _image(story: Story, img: Img) -> str:
    cap = _tx(story, img.printed) if img.printed else ""
    if img.style == "next":
        out = f'<p style="text-align:center">{_img_tag(img.src)}</p>'
        return out + (f'<p style="text-align:center"><em>{cap}</em></p>' if cap else "")
    if img.style == "fig":
        return f'<figure class="image" style="display:inline-block">{_img_tag(img.src)}<figcaption>{cap}</figcaption></figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" class="ltv-bang-anh" style="width:90%"><tbody>'
            f'<tr><td style="text-align:center">{_img_tag(img.src)}</td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style.startswith("pic:"):
        fid = img.style[4:]
        name = img.src.split("/")[4]
        stamp = img.src.rsplit("t=", 1)[1]
        pic = (
            f'<picture data-fileentryid="{fid}">'
            f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{name}?t={stamp}" />'
            f'<source media="(max-width:1000px) and (min-width:300px)" srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{name}?t={stamp}" />'
            f'<img alt="" data-fileentryid="{fid}" src="{esc(img.src)}" /></picture>'
        )
        out = f'<p style="text-align:center">{pic}</p>'
        if cap and img.caption is None:
            return out + f'<p style="text-align:right"><em>{cap}</em></p>'
        return out + (f'<p class="ltv-ca" style="text-align:center"><span style="font-size:12px"><em>{cap}</em></span></p>' if cap else "")
    raise ValueError(img.style)


def _para(story: Story, t: str) -> str:
    if story.opts.get("text") == "mso":
        return _MSO_P.format(t.replace(", ", ",&nbsp;", 2))
    return f'<p style="text-align:justify">{t}</p>'


def _rich_text(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(story, b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_tx(story, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = [_tx(story, c) for c in p.text.split(" | ")]
                    cells = [f"<strong>{c}</strong>" for c in cells] if n == 0 else cells
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" style="width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
        elif b.style == "br":
            last = out.pop()
            out.append(last.replace("</p>", f"<br />\n{_tx(story, b.text)}</p>", 1) if last.count("</p>") == 1 else last)
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{_tx(story, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<h3 class="ltv-td-phu"><strong>{_tx(story, b.text)}</strong></h3>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_tx(story, b.text)}</em></p></blockquote>")
        else:
            out.append(_para(story, _tx(story, b.text)))
        i += 1
    return "\n".join(out)


def _featured(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    if img is None:
        return (
            '<div class="fragment_35416"><div class="ltv-anh-dd ltv-anh-dd-trong">'
            f'<img alt="" class="img-fluid" data-lfr-editable-id="anh-dai-dien" data-lfr-editable-type="image" src="{PLACEHOLDER}" />'
            "</div></div>"
        )
    return (
        '<div class="fragment_35416"><figure class="ltv-anh-dd mb-3">'
        f'<img alt="{esc(img.printed or "")}" class="img-fluid w-100" data-lfr-editable-id="anh-dai-dien" data-lfr-editable-type="image" loading="lazy" src="{esc(img.src)}" />'
        f'<figcaption class="ltv-chu-thich-dd small text-center" data-lfr-editable-id="chu-thich-anh" data-lfr-editable-type="text"><em>{_tx(story, img.printed or "")}</em></figcaption>'
        "</figure></div>"
    )


def _thumb(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    if img is None:
        return PLACEHOLDER
    name = img.src.split("/")[4]
    stamp = img.src.rsplit("t=", 1)[1]
    return f"/o/adaptive-media/image/{45100 + story.id}/Thumbnail-300x300/{name}?t={stamp}"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 170 else first[:165].rsplit(" ", 1)[0] + "..."


def _latest_block(lang: str, exclude: str | None = None) -> str:
    items = [s for s in _newest_news(5) if s.slug != exclude][:4]
    lis = "".join(
        f'<li class="col-6 col-md-3 lfr-layout-structure-item-collection-item"><a href="{_u(lang, SITE + "/w/" + s.slug)}">'
        f'<img alt="" class="img-fluid" loading="lazy" src="{esc(_thumb(s))}" /></a>'
        f'<p class="small"><a href="{_u(lang, SITE + "/w/" + s.slug)}">{esc(s.title)}</a></p></li>'
        for s in items
    )
    return (
        '<div class="fragment_35430 mt-4"><h3 class="ltv-hop-td">' + _UI[lang]["latest"] + "</h3>"
        f'<div class="lfr-layout-structure-item-collection"><ul class="list-unstyled row">{lis}</ul></div></div>'
    )


# --- the display page ------------------------------------------------------------------------


def _display_page(req: Request, lang: str, story: Story) -> Response:
    ui = _UI[lang]
    dt = _when(story)
    target = f"{SITE}/w/{story.slug}"
    meta = []
    if story.opts.get("mod"):
        mod = datetime.strptime(story.opts["mod"], "%Y-%m-%d %H:%M")
        stamp = _en_stamp(mod) if lang == "en" else f"{_vi_day(mod)} {_vi_time(mod)}"
        meta.append(f'<span class="ltv-cap-nhat">{ui["updated"]}: {stamp}</span>')
    meta.append(f'<span class="ltv-ngay-dang">{_ICON.format("calendar")} {_stamp(dt, lang)}</span>')
    meta.append(f'<span class="ltv-nguoi-dang">{ui["posted"]}: {esc(story.opts["poster"])}</span>')
    meta.append(f'<span class="ltv-luot-xem">{_ICON.format("view")} {ui["views"]}: {story.views()}</span>')
    sep = ' <span class="px-2 text-black-50">|</span> '
    summary = ""
    if story.summary and story.sapo_outside:
        summary = f"<p><strong>{_tx(story, story.summary)}</strong></p>"
    tags = ""
    if story.opts.get("tags"):
        links = "".join(
            f'<a class="label label-lg label-secondary text-uppercase" href="{_u(lang, target)}?p_r_p_tag={t}"><span class="label-item label-item-expand">{t.replace("-", " ")}</span></a> '
            for t in story.opts["tags"]
        )
        tags = f'<div class="fragment_35421"><div class="taglib-asset-tags-summary"><span class="small">{ui["tags"]}:</span> {links}</div></div>'
    rating = (
        '<div class="fragment_35422"><div class="taglib-ratings stars" id="ltv_rating">'
        f'<span class="small">{ui["rating"]}:</span> '
        + "".join(f'<button class="btn btn-monospaced btn-sm btn-unstyled" type="button" title="{n} sao">★</button>' for n in range(1, 6))
        + f' <span class="rating-label small">4,5 ({(story.id * 7) % 20 + 3} {ui["votes"]})</span></div></div>'
    )
    share = (
        '<div class="fragment_35423 ltv-chia-se my-3">'
        f'<span class="small">{ui["share"]}:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(req) + target, safe="")}" rel="nofollow noopener" target="_blank">{_ICON.format("social-facebook")}<span class="sr-only">Facebook</span></a> '
        f'<a href="https://sp.zalo.me/share_inline?d={quote(base_url(req) + target, safe="")}" rel="nofollow noopener" target="_blank"><img alt="Zalo" src="/o/ltv-theme/images/zalo.png" width="20" /></a> '
        f'<a href="javascript:window.print();" title="In bài">{_ICON.format("print")}<span class="sr-only">In bài</span></a></div>'
    )
    rich = _rich_text(story)
    inside = rating if story.opts.get("rating_inside") else ""
    main = f"""{_breadcrumb(lang, [(None, story.title)])}
<div class="fragment_35412"><div class="ltv-nhan-cm mb-2"><a class="label label-secondary" href="{_u(lang, SITE + '/' + story.cat)}"><span class="label-item label-item-expand">{esc(CATS[story.cat])}</span></a></div></div>
<div class="fragment_35413"><h2 class="component-heading mb-2 text-break ltv-td-bai" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(story.title)}</h2></div>
<div class="fragment_35414"><div class="ltv-tt-dang d-none d-md-flex flex-wrap align-items-center small text-secondary mb-3">{sep.join(meta)}</div>
<div class="ltv-tt-dang-mb d-md-none small text-secondary mb-3">{_ago(dt, lang)} · {story.views()} {ui['views'].lower()}</div></div>
<div class="fragment_35415"><div class="component-paragraph ltv-tom-tat mb-3" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{summary}</div></div>
{_featured(story)}
<div class="lfr-layout-structure-item-container ltv-khung-bai">
<div class="fragment_35417"><div class="component-paragraph ltv-noi-dung text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">
{rich}
{inside}
</div></div>
<div class="fragment_35418"><div class="ltv-tac-gia" data-lfr-editable-id="tac-gia" data-lfr-editable-type="rich-text">{story.opts.get('byline', '')}</div></div>
<div class="fragment_35419"><p class="ltv-nguon small text-right"><span class="ltv-nhan">{ui['source']}:</span> <em data-lfr-editable-id="nguon" data-lfr-editable-type="text">{esc(story.opts.get('nguon', ''))}</em></p></div>
{tags}
{'' if inside else rating}
{share}
</div>
{_latest_block(lang, story.slug)}"""
    first_img = next((b.src for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    og = (
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:type" content="website">\n'
        f'<meta property="og:url" content="{base_url(req)}{_u(lang, target)}">\n'
        f'<meta content="{esc(_excerpt(story))}" lang="vi-VN" name="description" />'
    )
    if first_img:
        og += f'\n<meta property="og:image" content="{base_url(req)}{esc(first_img)}">'
    return _page(req, lang, f"{story.title} - {SCHOOL}", target, main, extra_head=og, body_class="ltv-trang-hien-thi")


# --- collection displays -----------------------------------------------------------------------


def _item(lang: str, story: Story) -> str:
    href = _u(lang, f"{SITE}/w/{story.slug}")
    dt = _when(story)
    return f"""<div class="col-12 lfr-layout-structure-item-collection-item"><div class="ltv-muc-tin d-flex pb-3 mb-3 border-bottom">
<a class="ltv-anh-nho mr-3" href="{href}"><img alt="" loading="lazy" src="{esc(_thumb(story))}" width="180" /></a>
<div class="ltv-muc-nd"><h3 class="h5 ltv-td-tin"><a href="{href}">{esc(story.title)}</a></h3>
<div class="small text-secondary d-none d-md-block">{_vi_day(dt)}</div><div class="small text-secondary d-md-none">{_ago(dt, lang)}</div>
<p class="ltv-tt-ngan mb-0">{esc(_excerpt(story))}</p></div></div></div>"""


def _paginator(lang: str, frag: str, page: int, pages: int, keep: str) -> str:
    ui = _UI[lang]

    def href(n: int) -> str:
        return f"?{keep}page_number_{frag}={n}"

    lis = []
    if page > 1:
        lis.append(f'<li class="page-item"><a aria-label="{ui["prev"]}" class="page-link" href="{href(page - 1)}">{_ICON.format("angle-left")}</a></li>')
    else:
        lis.append(f'<li class="disabled page-item"><a aria-label="{ui["prev"]}" class="page-link" href="javascript:;" tabindex="-1">{_ICON.format("angle-left")}</a></li>')
    for n in range(1, pages + 1):
        active = ' active" aria-current="page' if n == page else ""
        lis.append(f'<li class="page-item{active}"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li class="page-item"><a aria-label="{ui["next"]}" class="page-link" href="{href(page + 1)}">{_ICON.format("angle-right")}</a></li>')
    else:
        lis.append(f'<li class="disabled page-item"><a aria-label="{ui["next"]}" class="page-link" href="javascript:;" tabindex="-1">{_ICON.format("angle-right")}</a></li>')
    return f'<div class="pagination-bar ltv-phan-trang mt-3"><ul class="pagination" role="navigation">{"".join(lis)}</ul></div>'


def _int(value: str | None, default: int = 1) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default


def _collection_page(req: Request, lang: str, cat: str, frag: str) -> Response:
    ui = _UI[lang]
    params = req.params
    page = _int(params.get(f"page_number_{frag}") or params.get("p_r_p_page"))
    sub = params.get("p_r_p_categoryId", "")
    items = _in_cat(cat)
    if sub:
        items = [s for s in items if s.opts.get("sub") == sub]
    per = 3
    pages = max(1, -(-len(items) // per))
    shown = items[(page - 1) * per : page * per]
    body = "".join(_item(lang, s) for s in shown) or f'<div class="alert alert-info">{ui["none"]}</div>'
    chips = ""
    if cat == "tin-tuc":
        chip = [f'<a class="btn btn-sm {"btn-primary" if not sub else "btn-outline-secondary"}" href="{_u(lang, SITE + "/tin-tuc")}">{ui["all"]}</a>']
        for cid, label in SUBJECTS.items():
            cls = "btn-primary" if sub == cid else "btn-outline-secondary"
            chip.append(f'<a class="btn btn-sm {cls}" href="?p_r_p_categoryId={cid}">{esc(label)}</a>')
        chips = f'<div class="fragment_35300 mb-3"><div class="ltv-loc-cm btn-group flex-wrap">{" ".join(chip)}</div></div>'
    keep = f"p_r_p_categoryId={sub}&amp;" if sub else ""
    pager = ""
    if shown and pages > 1:
        pager = _paginator(lang, frag, page, pages, keep)
        a, b = (page - 1) * per + 1, (page - 1) * per + len(shown)
        pager += f'<p class="pagination-results small">{ui["shown"].format(a=a, b=b, n=len(items))}</p>'
    more = ""
    if cat == "tin-tuc" and page == 1 and not sub and pages > 1:
        more = f'<div class="fragment_35305 text-center"><a class="btn btn-outline-primary btn-sm" href="{_u(lang, SITE + "/tin-tuc")}?p_r_p_page=2">{ui["more"]} »</a></div>'
    title = CATS[cat]
    main = f"""{_breadcrumb(lang, [(None, title)])}
<div class="fragment_35299"><h2 class="component-heading ltv-td-muc">{esc(title)}</h2></div>
{chips}
<div class="lfr-layout-structure-item-collection ltv-ds-tin" id="fragment-{frag}-lvtc"><div class="row">{body}</div>
{pager}</div>
{more}"""
    return _page(req, lang, f"{title} - {SCHOOL}", f"{SITE}/{cat}", main)


def _home(req: Request, lang: str) -> Response:
    slides = _newest_news(3)
    car = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{_u(lang, SITE + "/w/" + s.slug)}">'
        f'<img alt="{esc(s.title)}" class="d-block w-100" src="{esc(_thumb(s).replace("Thumbnail-300x300", "Preview-1000x0"))}" /></a>'
        f'<div class="carousel-caption"><h3 class="h5">{esc(s.title)}</h3></div></div>'
        for n, s in enumerate(slides)
    )
    tt = "".join(_item(lang, s) for s in _in_cat("tin-tuc")[:3])
    cm = "".join(
        f'<li><a href="{_u(lang, SITE + "/w/" + s.slug)}">{esc(s.title)}</a> <span class="small text-secondary">{_vi_day(_when(s))}</span></li>'
        for s in _in_cat("hoat-dong-chuyen-mon")[:2]
    )
    main = f"""<div class="fragment_35201"><div class="carousel slide" data-ride="carousel" id="ltvCarousel"><div class="carousel-inner">{car}</div>
<a class="carousel-control-prev" data-slide="prev" href="#ltvCarousel" role="button"><span class="carousel-control-prev-icon"></span></a>
<a class="carousel-control-next" data-slide="next" href="#ltvCarousel" role="button"><span class="carousel-control-next-icon"></span></a></div></div>
<div class="fragment_35202 mt-4"><h2 class="ltv-hop-td"><a href="{_u(lang, SITE + '/tin-tuc')}">{CATS['tin-tuc']}</a></h2>
<div class="lfr-layout-structure-item-collection"><div class="row">{tt}</div></div></div>
<div class="fragment_35203 mt-4"><h2 class="ltv-hop-td"><a href="{_u(lang, SITE + '/hoat-dong-chuyen-mon')}">{CATS['hoat-dong-chuyen-mon']}</a></h2>
<ul class="ltv-ds-gon">{cm}</ul></div>"""
    return _page(req, lang, f"{_UI[lang]['home']} - {SCHOOL}", SITE, main, body_class="ltv-trang-chu")

# --- the old Asset Publisher page "Thông báo" --------------------------------------------------

AP_LISTING = f"{SITE}/thong-bao"
AP_PER = 2


def _ap_query(cur: int) -> str:
    return f"{AP_NS}delta={AP_PER}&{AP_NS}resetCur=false&{AP_NS}cur={cur}"


def _ap_link(slug: str, listing_target: str) -> str:
    return f"{AP_BASE}{slug}?{AP_NS}redirect={quote(listing_target, safe='')}"


def _ap_states() -> list[tuple[str, int]]:
    """Every listing URL of the portlet a visitor can reach: its base and the paginator's links."""
    items = _in_cat("thong-bao")
    pages = -(-len(items) // AP_PER)
    return [(AP_LISTING, 1)] + [(f"{AP_LISTING}?{_ap_query(n)}", n) for n in range(1, pages + 1)]


def _ap_listing(req: Request, lang: str) -> Response:
    ui = _UI[lang]
    items = _in_cat("thong-bao")
    pages = -(-len(items) // AP_PER)
    cur = min(_int(req.params.get(f"{AP_NS}cur")), pages)
    here = AP_LISTING + (f"?{req.query}" if req.query else "")
    shown = items[(cur - 1) * AP_PER : cur * AP_PER]
    entries = []
    for s in shown:
        link = esc(_u(lang, _ap_link(s.slug, here)))
        entries.append(f"""<div class="asset-abstract">
<div class="lfr-meta-actions asset-actions"></div>
<h4 class="asset-title"><a href="{link}">{esc(s.title)}</a></h4>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_vi_day(_when(s))}</span></div>
<div class="asset-content"><div class="asset-summary">{esc(_excerpt(s))}</div>
<div class="asset-more"><a href="{link}">{ui['readmore']}<span class="hide-accessible sr-only"> về {esc(s.title)}</span> »</a></div></div>
</div>""")
    lis = []
    prev_cls = "page-item" if cur > 1 else "disabled page-item"
    prev_href = esc(_u(lang, f"{AP_LISTING}?{_ap_query(cur - 1)}")) if cur > 1 else "javascript:;"
    lis.append(f'<li class="{prev_cls}"><a class="page-link" href="{prev_href}">«</a></li>')
    for n in range(1, pages + 1):
        cls = "active page-item" if n == cur else "page-item"
        lis.append(f'<li class="{cls}"><a class="page-link" href="{esc(_u(lang, AP_LISTING + "?" + _ap_query(n)))}">{n}</a></li>')
    next_cls = "page-item" if cur < pages else "disabled page-item"
    next_href = esc(_u(lang, f"{AP_LISTING}?{_ap_query(cur + 1)}")) if cur < pages else "javascript:;"
    lis.append(f'<li class="{next_cls}"><a class="page-link" href="{next_href}">»</a></li>')
    a, b = (cur - 1) * AP_PER + 1, (cur - 1) * AP_PER + len(shown)
    pager = (
        '<div class="pagination-bar"><div class="pagination-items-per-page"></div>'
        f'<div class="pagination-results">{ui["shown"].format(a=a, b=b, n=len(items))}</div>'
        f'<ul class="pagination">{"".join(lis)}</ul></div>'
    )
    main = f"""{_breadcrumb(lang, [(None, CATS['thong-bao'])])}
{_ap_portlet(CATS['thong-bao'], '<div class="asset-abstracts">' + ''.join(entries) + '</div>' + pager)}"""
    return _page(req, lang, f"{CATS['thong-bao']} - {SCHOOL}", AP_LISTING, main)


def _ap_portlet(title: str, inner: str) -> str:
    return f"""<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id{AP_NS}">
<span id="p{AP_NS}"></span>
<section class="portlet" id="portlet{AP_NS[:-1]}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
{inner}
</div></div></div></section></div>"""


def _ap_full(req: Request, lang: str, story: Story) -> Response:
    back = req.params.get(f"{AP_NS}redirect") or AP_LISTING
    if not back.startswith("/"):
        back = AP_LISTING
    dt = _when(story)
    byline = story.opts.get("byline", "")
    inner = f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="header-back-to lfr-portal-tooltip"><a class="icon-monospaced" href="{esc(_u(lang, back))}" title="{_UI[lang]['back']}">{_ICON.format('angle-left')}</a></span>
<span class="asset-title d-inline">{esc(story.title)}</span></p></div>
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="{45200 + story.id}" data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">
<div class="tb-chi-tiet">
<p class="tb-ngay text-secondary"><em>Ngày đăng: {dt.strftime('%d/%m/%Y %H:%M')}</em></p>
<div class="tb-nd">
{_rich_text(story)}
</div>
<div class="tb-tg">{byline}</div>
</div>
</div></div>
<div class="asset-ratings"><div class="taglib-ratings thumbs"><button class="btn btn-sm btn-outline-secondary" type="button">👍 {story.id + 4}</button></div></div>
</div>"""
    main = f"{_breadcrumb(lang, [(AP_LISTING, CATS['thong-bao']), (None, story.title)])}\n{_ap_portlet(CATS['thong-bao'], inner)}"
    return _page(req, lang, f"{story.title} - {CATS['thong-bao']} - {SCHOOL}", f"{SITE}/w/{story.slug}", main)


# --- the other pages -----------------------------------------------------------------------------


def _video(req: Request, lang: str) -> Response:
    main = f"""{_breadcrumb(lang, [(None, 'LVT - 67 năm một chặng đường')])}
<div class="fragment_35512"><span class="label label-info">Video</span></div>
<div class="fragment_35513"><h2 class="component-heading mb-2">LVT - 67 năm một chặng đường</h2></div>
<div class="fragment_35514 small text-secondary mb-3">{_stamp(datetime(2026, 10, 2, 9, 0), lang)}</div>
<div class="fragment_35515"><div class="embed-responsive embed-responsive-16by9"><iframe allowfullscreen="" frameborder="0" src="https://www.youtube.com/embed/Lv7TuY67nAm"></iframe></div></div>
<div class="fragment_35516"><p class="mt-2">Phóng sự giới thiệu chặng đường xây dựng và phát triển của Trường THPT chuyên Lương Văn Tụy (1959 - 2026).</p></div>
{_latest_block(lang)}"""
    return _page(req, lang, f"LVT - 67 năm một chặng đường - {SCHOOL}", f"{SITE}/w/{VIDEO_SLUG}", main)


def _intro(req: Request, lang: str) -> Response:
    old = next(iter(OLD_SLUGS))
    main = f"""{_breadcrumb(lang, [(None, 'Giới thiệu')])}
<div class="fragment_35601"><h2 class="component-heading">Lịch sử phát triển</h2></div>
<div class="journal-content-article" data-analytics-asset-type="web-content">
<p>Trường THPT chuyên Lương Văn Tụy được thành lập năm 1959, mang tên nhà giáo Lương Văn Tụy, người đã có nhiều đóng góp cho phong trào giáo dục của tỉnh Ninh Bình. Trải qua hơn 65 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu của ngành giáo dục tỉnh.</p>
<p>Hiện nay, trường có 35 lớp với gần 1.200 học sinh, 13 môn chuyên; đội ngũ 112 cán bộ, giáo viên, nhân viên, trong đó 68% có trình độ thạc sĩ trở lên.</p>
<p>Nhà trường vinh dự được Nhà nước trao tặng Huân chương Độc lập hạng Nhì, Huân chương Lao động hạng Nhất và nhiều phần thưởng cao quý khác.</p>
<h3>Kế hoạch - nhiệm vụ năm học 2026 - 2027</h3>
<ul>
<li><a href="{_u(lang, SITE + '/w/' + old)}">Nghị quyết Hội nghị viên chức, người lao động năm học 2026 - 2027</a></li>
<li><a href="{_u(lang, SITE + '/van-ban')}">Kế hoạch năm học 2026 - 2027</a></li>
</ul>
</div>"""
    return _page(req, lang, f"Giới thiệu - {SCHOOL}", f"{SITE}/gioi-thieu", main)


def _contact(req: Request, lang: str) -> Response:
    main = f"""{_breadcrumb(lang, [(None, 'Liên hệ')])}
<div class="fragment_35701"><h2 class="component-heading">Liên hệ</h2></div>
<p><strong>{SCHOOL}</strong><br />Địa chỉ: Đường Xuân Thành, phường Hoa Lư, tỉnh Ninh Bình<br />Điện thoại: 0229.3871.157<br />Email: c3luongvantuy@ninhbinh.edu.vn</p>
<div class="embed-responsive embed-responsive-16by9"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3740.1!2d105.97!3d20.25" title="Bản đồ"></iframe></div>
<div class="portlet-boundary portlet-boundary_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_" id="p_p_id_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_fm01_">
<form action="{_u(lang, SITE + '/lien-he')}?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_fm01&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_fm01_javax.portlet.action=%2Fdynamic_data_mapping_form%2Fadd_form_instance_record" method="post">
<div class="form-group"><label>Họ và tên</label><input class="form-control" name="hoTen" type="text" /></div>
<div class="form-group"><label>Email</label><input class="form-control" name="email" type="text" /></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="noiDung"></textarea></div>
<button class="btn btn-primary" type="submit">Gửi</button>
</form></div>"""
    return _page(req, lang, f"Liên hệ - {SCHOOL}", f"{SITE}/lien-he", main)


_KH_PDF = _doc(45102, "KH-nam-hoc-2026-2027.pdf", 1757000000000)
_QC_PDF = _doc(45102, "Quy-che-chi-tieu-noi-bo-2026.pdf", 1740000000000)


def _docs(req: Request, lang: str) -> Response:
    rows = [
        ("Kế hoạch năm học 2026 - 2027", "12/09/2026", _u(lang, DL_VIEW)),
        ("Quy chế chi tiêu nội bộ năm 2026", "20/02/2026", _QC_PDF + "&download=true"),
    ]
    trs = "".join(
        f'<tr><td><a href="{esc(h)}">{esc(t)}</a></td><td>{d}</td></tr>' for t, d, h in rows
    )
    main = f"""{_breadcrumb(lang, [(None, 'Văn bản')])}
<div class="portlet-boundary portlet-boundary_com_liferay_document_library_web_portlet_DLPortlet_" id="p_p_id_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_ID}_">
<h2 class="portlet-title-text">Văn bản</h2>
<table class="table table-autofit table-list"><thead><tr><th>Tiêu đề</th><th>Ngày sửa đổi</th></tr></thead><tbody>{trs}</tbody></table>
</div>"""
    return _page(req, lang, f"Văn bản - {SCHOOL}", f"{SITE}/van-ban", main)


def _doc_view(req: Request, lang: str) -> Response:
    main = f"""{_breadcrumb(lang, [(SITE + '/van-ban', 'Văn bản'), (None, 'KH-nam-hoc-2026-2027.pdf')])}
<div class="portlet-boundary portlet-boundary_com_liferay_document_library_web_portlet_DLPortlet_" id="p_p_id_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_ID}_">
<h2 class="component-title">Kế hoạch năm học 2026 - 2027</h2>
<p class="text-secondary small">Phiên bản 1.0 - Tải lên bởi vanphong.lvt, 12/09/2026 - 245 KB</p>
<div class="preview-file"><img alt="Xem trước" src="{esc(_KH_PDF.replace('?', '?version=1.0&', 1) + '&imagePreview=1')}" /></div>
<p><a class="btn btn-primary" href="{esc(_KH_PDF + '&download=true')}">Tải xuống (245 KB)</a></p>
</div>"""
    return _page(req, lang, f"KH-nam-hoc-2026-2027.pdf - {SCHOOL}", DL_VIEW, main)


def _album(req: Request, lang: str) -> Response:
    photos = [
        ("album-khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
        ("album-khai-giang-2026-02.jpg", "Học sinh lớp 10 chào cờ đầu năm học"),
        ("album-trai-nghiem-2026.jpg", "Hoạt động trải nghiệm khối 11"),
    ]
    cards = "".join(
        f'<div class="col-md-4 mb-3"><div class="card"><img alt="{esc(t)}" class="card-img-top" data-href="{esc(_doc(45300, f, 1758000000000))}" src="{esc(_doc(45300, f, 1758000000000))}" />'
        f'<div class="card-body p-2 small">{esc(t)}</div></div></div>'
        for f, t in photos
    )
    main = f"""{_breadcrumb(lang, [(None, 'Thư viện ảnh')])}
<div class="portlet-boundary portlet-boundary_com_liferay_document_library_web_portlet_IGDisplayPortlet_" id="p_p_id_com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_ig01_">
<h2 class="portlet-title-text">Thư viện ảnh: Năm học 2026 - 2027</h2>
<div class="row image-gallery">{cards}</div></div>"""
    return _page(req, lang, f"Thư viện ảnh - {SCHOOL}", f"{SITE}/thu-vien-anh", main)


LOGIN_PORTLET = "com_liferay_login_web_portlet_LoginPortlet"
LOGIN_TARGET = (
    f"{SITE}/trang-chu?p_p_id={LOGIN_PORTLET}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    f"&saveLastPath=false&_{LOGIN_PORTLET}_mvcRenderCommandName=%2Flogin%2Flogin"
)


def _login(req: Request, lang: str) -> Response:
    main = f"""<div class="portlet-boundary portlet-boundary_{LOGIN_PORTLET}_" id="p_p_id_{LOGIN_PORTLET}_">
<h2 class="portlet-title-text">{_UI[lang]['signin']}</h2>
<form action="{_u(lang, SITE + '/trang-chu')}?p_p_id={LOGIN_PORTLET}&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_{LOGIN_PORTLET}_javax.portlet.action=%2Flogin%2Flogin" method="post">
<div class="form-group"><label>Địa chỉ email</label><input class="form-control" name="_{LOGIN_PORTLET}_login" type="text" /></div>
<div class="form-group"><label>Mật khẩu</label><input class="form-control" name="_{LOGIN_PORTLET}_password" type="password" /></div>
<button class="btn btn-primary" type="submit">{_UI[lang]['signin']}</button>
</form></div>"""
    return _page(req, lang, f"{_UI[lang]['signin']} - {SCHOOL}", f"{SITE}/trang-chu", main, sidebar=False)


def _search(req: Request, lang: str) -> Response:
    q = req.params.get("q", "")
    main = f"""<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_">
<h2 class="portlet-title-text">Tìm kiếm</h2>
<p class="search-total-label">Không tìm thấy kết quả nào cho “{esc(q)}”.</p></div>"""
    return _page(req, lang, f"Tìm kiếm - {SCHOOL}", f"{SITE}/search", main)


# --- files -------------------------------------------------------------------------------------


def _file(path: str, query: str) -> Response | None:
    if path.startswith("/documents/"):
        parts = path.split("/")
        if len(parts) < 6 or parts[2] != str(GROUP_ID):
            return None
        name = parts[4].lower()
        if name.endswith(".pdf") and "imagePreview" not in query:
            headers = {"Content-Type": "application/pdf"}
            if "download=true" in query:
                headers["Content-Disposition"] = f'attachment; filename="{parts[4]}"'
            return Response(200, PDF, headers)
        return static_file(".jpg") if name.endswith((".jpg", ".jpeg", ".pdf")) else static_file(name)
    if path == "/image/layout_set_logo":
        return static_file(".png")
    if path.startswith("/o/"):
        return static_file(path)
    return None


# --- the site ----------------------------------------------------------------------------------

_PAGES = {
    "/gioi-thieu": _intro,
    "/lien-he": _contact,
    "/van-ban": _docs,
    "/thu-vien-anh": _album,
    "/search": _search,
    "/thong-bao": _ap_listing,
}


@dataclass
class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        found = _file(path, request.query)
        if found is not None or path.startswith(("/documents/", "/o/", "/image/")):
            return found
        if path == "/c/portal/login":
            return redirect(LOGIN_TARGET)
        lang = "vi"
        if path.startswith("/en/"):
            lang, path = "en", path[3:]
        if not path.startswith(SITE) or request.method not in ("GET", "HEAD"):
            return None
        rest = path[len(SITE):].rstrip("/")
        if rest in ("", "/trang-chu"):
            if request.params.get("p_p_id") == LOGIN_PORTLET:
                return _login(request, lang)
            return _home(request, lang)
        if rest == "/tin-tuc":
            return _collection_page(request, lang, "tin-tuc", TT_FRAG)
        if rest == "/hoat-dong-chuyen-mon":
            return _collection_page(request, lang, "hoat-dong-chuyen-mon", CM_FRAG)
        if rest in _PAGES:
            return _PAGES[rest](request, lang)
        if rest == DL_VIEW[len(SITE):]:
            return _doc_view(request, lang)
        m = re.fullmatch(r"/w/([a-z0-9-]+)", rest)
        if m:
            slug = m.group(1)
            if slug in BY_SLUG:
                return _display_page(request, lang, BY_SLUG[slug])
            if slug in OLD_SLUGS:
                return redirect(_u(lang, f"{SITE}/w/{OLD_SLUGS[slug].slug}"), 301)
            if slug == VIDEO_SLUG:
                return _video(request, lang)
            return None
        m = re.fullmatch(rf"/thong-bao/-/asset_publisher/{AP_ID}/content/([a-z0-9-]+)", rest)
        if m and m.group(1) in BY_SLUG and BY_SLUG[m.group(1)].cat == "thong-bao":
            return _ap_full(request, lang, BY_SLUG[m.group(1)])
        return None


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    target = f"{SITE}/w/{story.slug}"
    alts: list[str] = []
    if story.cat == "thong-bao":
        items = _in_cat("thong-bao")
        for listing, cur in _ap_states():
            if story in items[(cur - 1) * AP_PER : cur * AP_PER]:
                alts.append(_ap_link(story.slug, listing))
        alts.append(AP_BASE + story.slug)
    if story.opts.get("old_slug"):
        alts.append(f"{SITE}/w/{story.opts['old_slug']}")
    alts += [f"{target}?p_r_p_tag={t}" for t in story.opts.get("tags", [])]
    alts.append("/en" + target)
    return alts


GOLD = [gold_record(s, f"{SITE}/w/{s.slug}", CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/van-ban",
    DL_VIEW,
    f"{SITE}/thu-vien-anh",
    f"{SITE}/w/{VIDEO_SLUG}",
]
